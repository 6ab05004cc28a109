/** Service providers (tjenesteytere) with their contacts, and the services each child receives, has applied for or needs. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Provider",
        allowedDependencies = {"family", "audit", "staff", "shared"})
package no.helhet.provider;
