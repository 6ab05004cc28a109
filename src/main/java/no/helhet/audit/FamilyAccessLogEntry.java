package no.helhet.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One access-log record as the family reads it: who (in plain words), when, what (an area of its
 * data as a message key, {@code access-log.area.<area>}) and what was done ({@code
 * access-log.action.<action>}), and whether it was stopped.
 *
 * @param occurredAt when it happened
 * @param who who it was
 * @param areaKey the message key naming what of the family's data it was
 * @param action what was done with it
 * @param outcome granted, or denied (stopped by the access policy: nothing was shown or changed)
 */
public record FamilyAccessLogEntry(
        Instant occurredAt, Who who, String areaKey, AccessAction action, AccessOutcome outcome) {

    /** When it happened, in Norwegian time. */
    public LocalDateTime occurredAtLocal() {
        return LocalDateTime.ofInstant(occurredAt, ZoneId.of("Europe/Oslo"));
    }

    /** The message key of what was done. */
    public String actionKey() {
        return "access-log.action." + action.name();
    }

    public boolean denied() {
        return outcome == AccessOutcome.DENIED;
    }

    /** What kind of person or thing read or changed the family's data. */
    public enum WhoKind {
        /** A municipal employee: the coordinating unit, a coordinator, a leader, an administrator. */
        STAFF,
        /** A contact person at a service provider (a school, a kindergarten, child welfare …). */
        PROVIDER,
        /** The family itself (a guardian or the youth) in the family portal. */
        FAMILY,
        /** Helhet itself (a scheduled job, the public form). */
        SYSTEM
    }

    /**
     * Who it was.
     *
     * @param kind staff, provider contact, the family itself or the system
     * @param name the person's name (the staff member's full name, else the username recorded)
     * @param roleKey the message key of the role ({@code role.<ROLE>}), or null
     * @param place the unit (staff) or the service provider (provider contact), or null
     */
    public record Who(WhoKind kind, String name, String roleKey, String place) {}
}
