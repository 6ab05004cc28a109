package no.helhet.task;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the tasks the system sees coming, once each (a unique key on source, record and owner).
 * Which tasks are due is for the modules that own the rules to say ({@link TaskCandidates}: a
 * request waiting past the limit, a child turning 18, a consent expiring); this class only creates
 * them.
 */
@Component
class TaskGenerator {

    private static final Logger log = LoggerFactory.getLogger(TaskGenerator.class);

    private static final String INSERT = """
            insert into task (id, owner_id, family_id, title_key, due_on, source, source_id, version,
                              created_at, created_by, modified_at, modified_by)
            values (gen_random_uuid(), :ownerId, :familyId, :titleKey, :dueOn, :source, :sourceId, 0,
                    :now, 'system', :now, 'system')
            on conflict do nothing
            """;

    private final JdbcClient jdbc;
    private final List<TaskCandidates> sources;
    private final Clock clock;

    TaskGenerator(JdbcClient jdbc, List<TaskCandidates> sources, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Once a day on one node: every node's scheduler fires, the first to take the lock runs, the
     * others skip. The lock is held at least 5 minutes, so a node whose clock is a little behind does
     * not run the job again (and if it did, the unique key would still create each task once).
     */
    @Scheduled(cron = "${helhet.tasks.cron}", zone = "Europe/Oslo")
    @SchedulerLock(name = "task-generation", lockAtLeastFor = "PT5M")
    public void daily() {
        int created = generate(LocalDate.now(clock));
        log.info("Generated {} tasks", created);
    }

    /** Creates the tasks due on a date; returns how many were new. */
    @Transactional
    int generate(LocalDate today) {
        Timestamp now = Timestamp.from(clock.instant());
        int created = 0;
        for (TaskCandidates source : sources) {
            for (TaskCandidate c : source.candidates(today)) {
                created += jdbc.sql(INSERT)
                        .param("ownerId", c.ownerId())
                        .param("familyId", c.familyId())
                        .param("titleKey", c.titleKey())
                        .param("dueOn", Date.valueOf(c.dueOn()))
                        .param("source", c.source().name())
                        .param("sourceId", c.sourceId())
                        .param("now", now)
                        .update();
            }
        }
        return created;
    }
}
