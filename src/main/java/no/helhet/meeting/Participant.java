package no.helhet.meeting;

import java.util.UUID;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participant in a meeting (part of the meeting): a name and an e-mail for the notice, and who
 * they are when the system knows them: the provider they take part for ({@code serviceProviderId}:
 * a contact of the provider, its contact person's account, or the provider itself) and their staff
 * account ({@code staffMemberId}). Guardians and the child are free participants with neither.
 */
@Table("meeting_participant")
public record Participant(ParticipantKind kind, String name, String email, UUID serviceProviderId, UUID staffMemberId) {

    @PersistenceCreator
    public Participant {}

    /** A free participant: a name and an e-mail, linked to no provider or account. */
    public Participant(ParticipantKind kind, String name, String email) {
        this(kind, name, email, null, null);
    }

    /** Whether the participant took part for the provider. */
    public boolean tookPartFor(UUID providerId) {
        return providerId != null && providerId.equals(serviceProviderId);
    }
}
