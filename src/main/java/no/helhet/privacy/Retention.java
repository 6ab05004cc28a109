package no.helhet.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.helhet.appointment.EndedAppointments;
import no.helhet.request.ClosedRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: a family whose case closed longer ago than the configured period (every request
 * refused, or appointed with every appointment ended; nothing waiting, no open appointment) is
 * listed for the KE lead and erased by a daily job (once across nodes), all its rows in every table
 * that allows it. Each run that erased anything leaves an {@code erasure_record}: when, which rule,
 * how many families and rows; no name, no id.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    /** A family due for erasure: the day its case closed, and from when it was due. */
    public record Due(UUID familyId, LocalDate closedOn, LocalDate dueFrom) {}

    /** A past run of the erasure: no name, no id. */
    public record Erasure(java.time.Instant erasedAt, String rule, int families, int rowsDeleted) {

        public java.time.LocalDateTime erasedAtLocal() {
            return java.time.LocalDateTime.ofInstant(erasedAt, java.time.ZoneId.of("Europe/Oslo"));
        }
    }

    private final ClosedRequests requests;
    private final EndedAppointments appointments;
    private final FamilyData data;
    private final RetentionProperties settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Retention(
            ClosedRequests requests,
            EndedAppointments appointments,
            FamilyData data,
            RetentionProperties settings,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        this.requests = requests;
        this.appointments = appointments;
        this.data = data;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The rule as recorded, e.g. "closed case + P10Y". */
    public String rule() {
        return "closed case + " + settings.period();
    }

    /** The families due for erasure on this day, longest due first. */
    public List<Due> due(LocalDate today) {
        LocalDate cutoff = today.minus(settings.period());
        Map<UUID, LocalDate> closed = requests.closedBefore(cutoff);
        Map<UUID, LocalDate> ended = appointments.lastEnded(closed.keySet());
        List<Due> due = new ArrayList<>();
        closed.forEach((family, closedOn) -> {
            LocalDate last = closedOn;
            if (ended.containsKey(family)) {
                LocalDate end = ended.get(family);
                if (end == null) {
                    return;
                }
                last = end.isAfter(last) ? end : last;
            }
            if (last.isBefore(cutoff)) {
                due.add(new Due(family, last, last.plus(settings.period())));
            }
        });
        due.sort(java.util.Comparator.comparing(Due::closedOn));
        return due;
    }

    @Scheduled(cron = "${helhet.retention.cron}", zone = "Europe/Oslo")
    @SchedulerLock(name = "retention", lockAtLeastFor = "PT5M")
    public void daily() {
        int erased = eraseDue(LocalDate.now(clock));
        log.info("Retention erased {} families", erased);
    }

    /** Erases every family due on this day, each in its own transaction; returns how many. */
    public int eraseDue(LocalDate today) {
        int families = 0;
        int rows = 0;
        for (Due due : due(today)) {
            Integer deleted = transaction.execute(s -> data.erase(due.familyId()));
            families++;
            rows += deleted == null ? 0 : deleted;
        }
        if (families > 0) {
            jdbc.sql("""
                            insert into erasure_record (erased_at, rule, families, rows_deleted)
                            values (:at, :rule, :families, :rows)
                            """)
                    .param("at", Timestamp.from(clock.instant()))
                    .param("rule", rule())
                    .param("families", families)
                    .param("rows", rows)
                    .update();
        }
        return families;
    }

    /** The past erasures, newest first. */
    public List<Erasure> erasures() {
        return jdbc.sql("""
                        select erased_at, rule, families, rows_deleted from erasure_record
                        order by erased_at desc, id desc limit 100
                        """)
                .query((rs, n) ->
                        new Erasure(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
