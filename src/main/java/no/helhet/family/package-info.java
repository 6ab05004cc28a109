/** Families, their guardians and children (including expected children), and the family page. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Family",
        allowedDependencies = {"audit", "staff", "shared"})
package no.helhet.family;
