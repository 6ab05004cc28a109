/** Wiring only: security, web, database, error pages, the start page. */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package no.helhet.system;
