package no.helhet.consent;

/** Who consents: the guardians for the child, or the youth (from the configured age, for health matters). */
public enum ConsentGiver {
    GUARDIANS,
    YOUTH
}
