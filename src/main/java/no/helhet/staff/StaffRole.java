package no.helhet.staff;

/** What a staff member may do in Helhet. */
public enum StaffRole {
    /** Caseworker in the coordinating unit: requests, assessments, decisions, appointments. */
    KE_CASEWORKER,
    /** Lead of the coordinating unit: as a caseworker, and reads the access log. */
    KE_LEAD,
    /** A coordinator from any unit: sees only the families appointed to them, while appointed. */
    COORDINATOR,
    /** A leader: aggregates only, never a single family. */
    LEADER,
    /** Administers users and units; no case data. */
    ADMIN,
    /** A contact person at a service provider: sees only what an active consent lets the provider receive. */
    PROVIDER_CONTACT;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean coordinatingUnit() {
        return this == KE_CASEWORKER || this == KE_LEAD;
    }
}
