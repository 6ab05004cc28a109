/** Appointing a coordinator from any unit, with the family's and the child's wish, and "My families". */
@org.springframework.modulith.ApplicationModule(
        displayName = "Appointment",
        allowedDependencies = {"decision", "request", "task", "family", "document", "audit", "staff", "shared"})
package no.helhet.appointment;
