package no.helhet.assessment;

/** What the assessment supports: the software proposes, the caseworker decides. */
public enum Proposal {
    /** All three conditions met: barnekoordinator (pbrl. § 2-5 c, hol. § 7-2 a). */
    CHILD_COORDINATOR,
    /** Long-term, coordinated health-and-care needs, but not the full right: coordinator (hol. § 7-2). */
    GENERAL_COORDINATOR,
    /** The conditions are not met. */
    REFUSAL,
    /** Something is still unclear or not assessed: no decision yet. */
    INCOMPLETE
}
