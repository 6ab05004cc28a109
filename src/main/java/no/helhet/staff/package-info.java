/** Staff, their units and sectors, roles and login accounts. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Staff",
        allowedDependencies = {"shared"})
package no.helhet.staff;
