package no.helhet.assessment;

/** Kinds of illness, injury or reduced function (condition b); no diagnosis is required. */
public enum IllnessKind {
    SOMATIC,
    MENTAL,
    PHYSICAL,
    SOCIAL,
    COGNITIVE,
    SENSORY
}
