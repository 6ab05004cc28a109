/** Synthetic demo data: a demo municipality, its staff, and families in every state of the chain. Loaded only in demo mode. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package no.helhet.demo;
