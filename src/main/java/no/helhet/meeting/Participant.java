package no.helhet.meeting;

import org.springframework.data.relational.core.mapping.Table;

/** A participant in a meeting (part of the meeting). */
@Table("meeting_participant")
public record Participant(ParticipantKind kind, String name, String email) {}
