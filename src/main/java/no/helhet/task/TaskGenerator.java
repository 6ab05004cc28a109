package no.helhet.task;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import no.helhet.shared.RulesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the tasks the system sees coming, once each (a unique key on source, record and owner):
 * requests waiting past the limit (for the caseworker who registered them), children turning 18
 * within 90 days and consents expiring within 30 days (for the appointed coordinator). Reads the
 * other modules' tables with SQL, as a report does, so it depends on none of their code.
 */
@Component
class TaskGenerator {

    private static final Logger log = LoggerFactory.getLogger(TaskGenerator.class);

    static final int TURNING_18_WITHIN_DAYS = 90;
    static final int CONSENT_EXPIRING_WITHIN_DAYS = 30;

    private static final String INSERT = """
            insert into task (id, owner_id, family_id, title, due_on, source, source_id, version,
                              created_at, created_by, modified_at, modified_by)
            select gen_random_uuid(), owner_id, family_id, title, due_on, :source, source_id, 0,
                   :now, 'system', :now, 'system'
            from (%s) candidates
            where owner_id is not null
            on conflict do nothing
            """;

    private final JdbcClient jdbc;
    private final RulesProperties rules;
    private final Clock clock;

    TaskGenerator(JdbcClient jdbc, RulesProperties rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    @Scheduled(cron = "${helhet.tasks.cron}", zone = "Europe/Oslo")
    void daily() {
        int created = generate(LocalDate.now(clock));
        log.info("Generated {} tasks", created);
    }

    /** Creates the tasks due on a date; returns how many were new. */
    @Transactional
    int generate(LocalDate today) {
        int created = 0;
        created += insert(TaskSource.REQUEST_WAITING, """
                select s.id as owner_id, r.family_id, 'Ønsket om barnekoordinator har ventet over fristen' as title,
                       cast(:today as date) as due_on, r.id as source_id
                from coordinator_request r join staff_member s on s.username = r.created_by
                where r.status in ('RECEIVED', 'UNDER_ASSESSMENT', 'GRANTED') and r.received_on <= :limit
                """, today, today.minus(rules.requestWaitingLimit()));
        created += insert(TaskSource.TURNING_18, """
                select a.coordinator_id as owner_id, c.family_id,
                       'Barnet fyller 18 år: retten til barnekoordinator opphører' as title,
                       cast(c.birth_date + interval '18 years' as date) as due_on, c.id as source_id
                from child c join appointment a on a.family_id = c.family_id
                where a.ended_on is null and a.kind = 'CHILD'
                  and c.birth_date + interval '18 years' > :today
                  and c.birth_date + interval '18 years' <= :limit
                """, today, today.plusDays(TURNING_18_WITHIN_DAYS));
        created += insert(TaskSource.CONSENT_EXPIRING, """
                select a.coordinator_id as owner_id, k.family_id, 'Samtykket går ut: spør om det skal fornyes' as title,
                       k.expires_on as due_on, k.id as source_id
                from consent k join appointment a on a.family_id = k.family_id
                where a.ended_on is null and k.withdrawn_at is null
                  and k.expires_on >= :today and k.expires_on <= :limit
                """, today, today.plusDays(CONSENT_EXPIRING_WITHIN_DAYS));
        return created;
    }

    private int insert(TaskSource source, String candidates, LocalDate today, LocalDate limit) {
        return jdbc.sql(INSERT.formatted(candidates))
                .param("source", source.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("today", Date.valueOf(today))
                .param("limit", Date.valueOf(limit))
                .update();
    }
}
