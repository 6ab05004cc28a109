package no.helhet.audit;

/** Who may act on one family's data; each handler of family data names one of these. */
public enum AccessRule {
    /**
     * The family's case and the coordination of its services (reads, services, consents, meetings,
     * notes, cooperation): the coordinating unit, or the family's appointed coordinator while appointed.
     */
    COORDINATION,
    /** The coordinating unit's own case work (register, assess, decide, appoint, name who coordinates). */
    CASE_WORK,
    /** A provider contact, while an active consent covers its provider and a child of the family. */
    PROVIDER,
    /**
     * One meeting's minutes in the provider portal (the declared id is the meeting's): as {@link
     * #PROVIDER}, and the minutes are approved, an active consent covering the provider includes the
     * minutes, and the provider took part in the meeting (a participant linked to it).
     */
    PROVIDER_MINUTES,
    /**
     * A provider contact taking part in a child's individual plan: while an active consent covering
     * its provider includes the individual plan, and the provider is responsible for a measure in it.
     */
    PROVIDER_PLAN,
    /** The family's access log: the lead of the coordinating unit. */
    ACCESS_LOG,
    /**
     * The family's own seat in the family portal: a family member logged in through ID-porten
     * ({@link FamilyMemberPrincipal}) of the family the id belongs to. A child's id (the declared id or
     * a {@code childId} in the address) must be one of the children the member sees: a youth sees
     * only themselves. Handlers filter child-level data by {@link FamilyMemberPrincipal#childIds()}.
     */
    FAMILY_MEMBER
}
