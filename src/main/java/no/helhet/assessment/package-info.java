/** The structured assessment of the three conditions of the right, with reasons, the child's and the family's views. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Assessment",
        allowedDependencies = {"request", "family", "audit", "staff", "shared"})
package no.helhet.assessment;
