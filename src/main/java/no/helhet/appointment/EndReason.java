package no.helhet.appointment;

/**
 * Why an appointment ended (a change or end is a written decision that can be complained about,
 * LAW.md §1 item 9). The end letter goes to the family except where {@link #sendsLetter()} says no:
 * the family withdrew (they know), the child died (no letters or reminders; the case closes quietly
 * with a note), and a change or conversion (the change letter says it).
 */
public enum EndReason {
    CHANGE_OF_PERSON,
    /** The appointment became one of the other kind (barnekoordinator ↔ koordinator). */
    CONVERTED,
    TURNED_18,
    EXTENSION_ENDED,
    FAMILY_WITHDREW,
    MOVED_AWAY,
    NEED_ENDED,
    CHILD_DIED;

    /** The reasons KE chooses on the end page (a change and a conversion come from the change page). */
    public static final java.util.List<EndReason> ENDINGS =
            java.util.List.of(TURNED_18, EXTENSION_ENDED, FAMILY_WITHDREW, MOVED_AWAY, NEED_ENDED, CHILD_DIED);

    /** Whether an end letter with complaint information goes to the family. */
    public boolean sendsLetter() {
        return this == TURNED_18 || this == EXTENSION_ENDED || this == MOVED_AWAY || this == NEED_ENDED;
    }

    /** Whether the caseworker must write a note (the child died: the case closes with a note). */
    public boolean needsNote() {
        return this == CHILD_DIED;
    }
}
