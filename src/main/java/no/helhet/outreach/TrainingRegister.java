package no.helhet.outreach;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.shared.ListSort;
import no.helhet.shared.PageSlice;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinating unit's register of training and guidance (hol. § 7-3), and which coordinators
 * have had no training within the configured interval: the figure for the dashboard and the task
 * for KE. Guidance is registered too, but only training counts as trained.
 */
@Service
public class TrainingRegister {

    private final TrainingSessionRepository sessions;
    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final TrainingProperties properties;
    private final Clock clock;

    TrainingRegister(
            TrainingSessionRepository sessions,
            JdbcClient jdbc,
            StaffDirectory staff,
            TrainingProperties properties,
            Clock clock) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.staff = staff;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public UUID record(LocalDate heldOn, TrainingKind kind, String topic, Set<UUID> participantIds) {
        return sessions.save(new TrainingSession(
                        UUID.randomUUID(),
                        heldOn,
                        kind,
                        topic,
                        participantIds.stream().map(TrainingParticipant::new).collect(Collectors.toSet()),
                        null,
                        null,
                        null,
                        null,
                        null))
                .id();
    }

    /** The register of sessions: newest first by default; by date, kind or topic. */
    static final ListSort.Columns SORTS = ListSort.Columns.tieBrokenBy("id")
            .column("held", "held_on")
            .column("kind", "kind")
            .column("topic", "topic")
            .byDefault("held", ListSort.DESC);

    /** The latest sessions, newest first, with the participants' names. */
    @Transactional(readOnly = true)
    List<SessionRow> latest(int limit) {
        return page(SORTS.defaultSort(), 0, limit).items();
    }

    /** One page of the sessions, sorted in SQL, with the participants' names. */
    @Transactional(readOnly = true)
    PageSlice<SessionRow> page(ListSort sort, int page, int size) {
        long total = jdbc.sql("select count(*) from training_session")
                .query(Long.class)
                .single();
        List<UUID> ids = jdbc.sql("select id from training_session" + sort.orderBy() + " limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(UUID.class)
                .list();
        Map<UUID, TrainingSession> loaded = new java.util.HashMap<>();
        (ids.isEmpty() ? List.<TrainingSession>of() : sessions.findAllById(ids)).forEach(s -> loaded.put(s.id(), s));
        List<TrainingSession> found =
                ids.stream().map(loaded::get).filter(java.util.Objects::nonNull).toList();
        Set<UUID> staffIds = found.stream()
                .flatMap(s -> s.participants().stream().map(TrainingParticipant::staffId))
                .collect(Collectors.toSet());
        Map<UUID, StaffSummary> names = staff.staffByIds(staffIds);
        List<SessionRow> rows = found.stream()
                .map(s -> new SessionRow(
                        s.heldOn(),
                        s.kind(),
                        s.topic(),
                        s.participants().stream()
                                .map(p -> names.containsKey(p.staffId())
                                        ? names.get(p.staffId()).fullName()
                                        : "–")
                                .sorted()
                                .toList()))
                .toList();
        return new PageSlice<>(rows, page, size, total);
    }

    /** Active coordinators whose latest training is older than the interval, or who never had any. */
    @Transactional(readOnly = true)
    public List<Untrained> coordinatorsWithoutTraining(LocalDate today) {
        Map<UUID, LocalDate> latest = new HashMap<>();
        jdbc.sql("""
                        select p.staff_id, max(s.held_on) as last_held_on
                        from training_participant p join training_session s on s.id = p.training_session_id
                        where s.kind = 'TRAINING' and s.held_on <= :today
                        group by p.staff_id
                        """)
                .param("today", Date.valueOf(today))
                .query((rs, n) -> latest.put(
                        rs.getObject("staff_id", UUID.class),
                        rs.getDate("last_held_on").toLocalDate()))
                .list();
        LocalDate since = today.minus(properties.interval());
        return staff.coordinatorCandidates().stream()
                .filter(c -> latest.get(c.id()) == null || latest.get(c.id()).isBefore(since))
                .map(c -> new Untrained(c.id(), c.fullName(), c.unitName(), latest.get(c.id())))
                .toList();
    }

    /** The dashboard's figure: how many active coordinators are due for training today. */
    @Transactional(readOnly = true)
    public long countWithoutTraining() {
        return coordinatorsWithoutTraining(today()).size();
    }

    /** How many months without training make a coordinator due (the setting). */
    public int intervalMonths() {
        return (int) properties.interval().toTotalMonths();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A coordinator due for training; {@code lastTrainedOn} is null if never trained. */
    public record Untrained(UUID staffId, String fullName, String unitName, LocalDate lastTrainedOn) {}

    /** A session on the register page. */
    record SessionRow(LocalDate heldOn, TrainingKind kind, String topic, List<String> participants) {}
}
