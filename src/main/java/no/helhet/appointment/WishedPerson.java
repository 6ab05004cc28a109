package no.helhet.appointment;

import java.util.UUID;

/**
 * The person the family wished for as coordinator: anyone (LAW.md §1 item 6), described by name,
 * role, workplace and contact, and linked to a staff account when they have one.
 */
public record WishedPerson(String name, String role, String workplace, String contact, UUID staffId) {

    /** No person wished for. */
    public static WishedPerson none() {
        return new WishedPerson(null, null, null, null, null);
    }

    /** A person who has a staff account. */
    public static WishedPerson staff(UUID staffId) {
        return new WishedPerson(null, null, null, null, staffId);
    }

    /** Whether the wished person is described at all (by name or by account). */
    public boolean given() {
        return staffId != null || (name != null && !name.isBlank());
    }
}
