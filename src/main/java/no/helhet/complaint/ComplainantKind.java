package no.helhet.complaint;

/** Who complains: a guardian of the family, the youth, or a representative with a written authority. */
public enum ComplainantKind {
    GUARDIAN,
    YOUTH,
    REPRESENTATIVE
}
