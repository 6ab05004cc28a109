package no.helhet.appointment;

/** Barnekoordinator (pbrl. § 2-5 c) or the general coordinator (hol. § 7-2). */
public enum CoordinatorKind {
    CHILD,
    GENERAL
}
