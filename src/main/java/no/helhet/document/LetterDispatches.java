package no.helhet.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.shared.RulesProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records when and how letters were sent, and says when they count as received. */
@Service
public class LetterDispatches {

    private final LetterDispatchRepository dispatches;
    private final RulesProperties rules;
    private final Clock clock;

    LetterDispatches(LetterDispatchRepository dispatches, RulesProperties rules, Clock clock) {
        this.dispatches = dispatches;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Records that a letter was sent; once per letter. Refuses (as a concurrent edit) if someone
     * recorded it first.
     */
    @Transactional
    public void recordDispatch(UUID documentId, LocalDate sentOn, DispatchChannel channel) {
        if (dispatches.findByDocumentId(documentId).isPresent()) {
            throw new OptimisticLockingFailureException("dispatch already recorded");
        }
        try {
            dispatches.save(
                    new LetterDispatch(UUID.randomUUID(), documentId, sentOn, channel, null, null, null, null, null));
        } catch (DataIntegrityViolationException e) {
            throw new OptimisticLockingFailureException("dispatch recorded concurrently", e);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Dispatch> find(UUID documentId) {
        return dispatches.findByDocumentId(documentId).map(this::view);
    }

    /** The dispatches of several letters, by document id, in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, Dispatch> of(Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return dispatches.findByDocumentIdIn(documentIds).stream()
                .map(this::view)
                .collect(Collectors.toMap(Dispatch::documentId, d -> d));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Dispatch view(LetterDispatch d) {
        LocalDate received =
                d.channel() == DispatchChannel.POST ? d.sentOn().plus(rules.postReceivedAfter()) : d.sentOn();
        return new Dispatch(d.documentId(), d.sentOn(), d.channel(), received);
    }
}
