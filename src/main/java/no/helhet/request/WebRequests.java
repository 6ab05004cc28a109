package no.helhet.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.helhet.audit.AccessPolicy;
import no.helhet.staff.CurrentStaff;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests sent through the public form (channel {@link RequestChannel#WEB_FORM}): received without
 * login, shown on KE's worklist until handled. The request module's API for the public page.
 */
@Service
public class WebRequests {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final WebRequestRepository repository;
    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final Clock clock;

    WebRequests(WebRequestRepository repository, JdbcClient jdbc, AccessPolicy policy, Clock clock) {
        this.repository = repository;
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a submission and returns its receipt number (year and a running number). Made without
     * login: the who-columns and the access log name the system.
     */
    @Transactional
    public String receive(NewWebRequest r) {
        Instant now = Instant.now(clock);
        long next = jdbc.sql("select nextval('web_request_receipt_seq')")
                .query(Long.class)
                .single();
        String receipt = "%d-%05d".formatted(LocalDate.ofInstant(now, OSLO).getYear(), next);
        repository.save(new WebRequest(
                UUID.randomUUID(),
                receipt,
                now,
                r.contactName(),
                r.phone(),
                r.email(),
                r.callTime(),
                WebRequestStatus.NEW,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        policy.recordSystemChange("web request received " + receipt);
        return receipt;
    }

    /** The submissions that wait for KE, oldest first. */
    @Transactional(readOnly = true)
    public List<Waiting> waiting() {
        return repository.findByStatusOrderByReceivedAt(WebRequestStatus.NEW).stream()
                .map(w -> new Waiting(
                        w.id(),
                        w.receiptNumber(),
                        LocalDateTime.ofInstant(w.receivedAt(), OSLO),
                        w.contactName(),
                        w.phone(),
                        w.email(),
                        w.callTime(),
                        w.version()))
                .toList();
    }

    /** KE has called back and registered what was needed. A stale version is a concurrent edit. */
    @Transactional
    public void markHandled(UUID id, int version) {
        WebRequest w = repository.findById(id).orElseThrow(RequestNotFoundException::new);
        if (w.version() != version) {
            throw new OptimisticLockingFailureException("web request changed");
        }
        if (w.status() == WebRequestStatus.HANDLED) {
            return;
        }
        try {
            repository.save(w.handled(Instant.now(clock), CurrentStaff.username()));
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException lock) {
                throw lock;
            }
            throw e;
        }
    }

    /** What the public form sends. */
    public record NewWebRequest(String contactName, String phone, String email, String callTime) {}

    /** A submission waiting for KE. */
    public record Waiting(
            UUID id,
            String receiptNumber,
            LocalDateTime receivedAt,
            String contactName,
            String phone,
            String email,
            String callTime,
            int version) {}
}
