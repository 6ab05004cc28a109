package no.helhet.appointment;

/** What the family wished for: a named person, a unit, or nothing in particular. */
public enum FamilyWish {
    PERSON,
    UNIT,
    NONE
}
