package no.helhet.appointment;

import java.time.LocalDate;

/**
 * The delegation decision (delegeringsvedtak) that gives the coordinator authority to coordinate
 * (LAW.md §1 item 7): who decided, when, the coordinator's unit and its leader.
 */
public record Delegation(String decidedBy, LocalDate decidedOn, String unitName, String unitLeader) {}
