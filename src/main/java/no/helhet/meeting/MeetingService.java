package no.helhet.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.shared.MunicipalityProperties;
import no.helhet.shared.NotFoundException;
import no.helhet.staff.CurrentStaff;
import no.helhet.task.Task;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schedules meetings, keeps minutes and their approval, and turns actions into tasks: the module's API. */
@Service
public class MeetingService {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final MeetingRepository meetings;
    private final MeetingNotice notice;
    private final TaskService tasks;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    MeetingService(
            MeetingRepository meetings,
            MeetingNotice notice,
            TaskService tasks,
            JdbcClient jdbc,
            MessageSource messages,
            MunicipalityProperties municipality,
            Clock clock) {
        this.meetings = meetings;
        this.notice = notice;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.messages = messages;
        this.municipality = municipality;
        this.clock = clock;
    }

    /**
     * Schedules a meeting and sends every participant with an e-mail address a notice with an
     * invitation. The meeting is kept even when the mail server refuses; the result says so.
     */
    @Transactional
    public Scheduled schedule(UUID familyId, NewMeeting m) {
        Instant now = clock.instant();
        Meeting meeting = meetings.save(new Meeting(
                UUID.randomUUID(),
                familyId,
                m.kind(),
                m.startsAt().atZone(OSLO).toInstant(),
                m.durationMinutes(),
                m.place(),
                m.videoLink(),
                m.agenda(),
                null,
                null,
                null,
                null,
                m.participants(),
                null,
                null,
                null,
                null,
                null));
        java.util.Locale nb = java.util.Locale.forLanguageTag("nb");
        String subject = messages.getMessage("meeting.notice.subject." + m.kind(), null, nb);
        String when = m.startsAt()
                .format(java.time.format.DateTimeFormatter.ofPattern(
                        messages.getMessage("format.dateTime", null, nb), nb));
        String where = m.videoLink() != null ? m.videoLink() : m.place() == null ? "" : m.place();
        String body = messages.getMessage(
                "meeting.notice.body",
                new Object[] {
                    when, where, m.agenda(), municipality.coordinatingUnitName(), municipality.coordinatingUnitPhone()
                },
                nb);
        return new Scheduled(meeting.id(), notice.send(meeting, subject, body, now));
    }

    /**
     * Writes the minutes and creates a task for each new action; an action the meeting already has
     * (the same what, who and by when) is not created again, so saving the minutes twice keeps one
     * task. Refuses approved minutes and stale forms.
     */
    @Transactional
    public void writeMinutes(UUID meetingId, int seenVersion, String discussed, String decided, List<Action> actions) {
        Meeting meeting = load(meetingId);
        if (meeting.approved()) {
            throw new MinutesLockedException();
        }
        if (meeting.version() != seenVersion) {
            throw new OptimisticLockingFailureException("minutes changed by someone else");
        }
        meetings.save(meeting.withMinutes(discussed, decided, seenVersion, clock.instant(), CurrentStaff.username()));
        Set<Action> existing = new java.util.HashSet<>();
        for (Task t : tasks.fromSource(TaskSource.MEETING_ACTION, meetingId)) {
            existing.add(new Action(t.title(), t.ownerId(), t.dueOn()));
        }
        for (Action a : actions) {
            if (!existing.add(a)) {
                continue;
            }
            tasks.createTask(
                    a.ownerId(), meeting.familyId(), a.title(), a.dueOn(), TaskSource.MEETING_ACTION, meetingId);
        }
    }

    /** Approves the minutes; from then on they are locked and corrections are addenda. */
    @Transactional
    public void approveMinutes(UUID meetingId, int seenVersion) {
        Meeting meeting = load(meetingId);
        if (meeting.approved()) {
            throw new MinutesLockedException();
        }
        if (meeting.version() != seenVersion) {
            throw new OptimisticLockingFailureException("minutes changed by someone else");
        }
        meetings.save(meeting.approvedNow(seenVersion, clock.instant(), CurrentStaff.username()));
    }

    /** The actions agreed in the meeting (what, who, by when), by due date. */
    @Transactional(readOnly = true)
    public List<Action> actions(UUID meetingId) {
        return tasks.fromSource(TaskSource.MEETING_ACTION, meetingId).stream()
                .map(t -> new Action(t.title(), t.ownerId(), t.dueOn()))
                .toList();
    }

    @Transactional
    public void addAddendum(UUID meetingId, String text) {
        load(meetingId);
        jdbc.sql("insert into minutes_addendum (id, meeting_id, text, created_at, created_by)"
                        + " values (:id, :meetingId, :text, :at, :by)")
                .param("id", UUID.randomUUID())
                .param("meetingId", meetingId)
                .param("text", text)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", CurrentStaff.username())
                .update();
    }

    @Transactional(readOnly = true)
    public Meeting getMeeting(UUID meetingId) {
        return load(meetingId);
    }

    @Transactional(readOnly = true)
    public List<Meeting> forFamily(UUID familyId) {
        return meetings.findByFamilyIdOrderByStartsAtDesc(familyId);
    }

    /**
     * Whether the meeting's minutes are approved and the provider took part in it: a participant
     * linked to the provider (one of its contacts, its contact person's account, or the provider).
     */
    @Transactional(readOnly = true)
    public boolean providerTookPartInApproved(UUID providerId, UUID meetingId) {
        return jdbc.sql("""
                        select exists (select 1 from meeting m
                          join meeting_participant p on p.meeting_id = m.id
                          where m.id = :meetingId and m.approved_at is not null
                            and p.service_provider_id = :providerId)
                        """)
                .param("meetingId", meetingId)
                .param("providerId", providerId)
                .query(Boolean.class)
                .single();
    }

    /** The family's meetings for a list, newest first, in one statement (without participants). */
    @Transactional(readOnly = true)
    public List<MeetingSummary> summariesForFamily(UUID familyId) {
        return jdbc.sql("""
                        select id, kind, starts_at, approved_at from meeting
                        where family_id = :familyId order by starts_at desc, id
                        """)
                .param("familyId", familyId)
                .query((rs, n) -> new MeetingSummary(
                        rs.getObject("id", UUID.class),
                        MeetingKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("approved_at") == null
                                ? null
                                : rs.getTimestamp("approved_at").toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Addendum> addenda(UUID meetingId) {
        return jdbc.sql("select text, created_at, created_by from minutes_addendum where meeting_id = :id"
                        + " order by created_at")
                .param("id", meetingId)
                .query(Addendum.class)
                .list();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Meeting load(UUID meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting"));
    }

    /** A meeting to schedule; the start is local Norwegian time. */
    public record NewMeeting(
            MeetingKind kind,
            LocalDateTime startsAt,
            int durationMinutes,
            String place,
            String videoLink,
            String agenda,
            Set<Participant> participants) {}

    /** A scheduled meeting, and whether every notice went out. */
    public record Scheduled(UUID meetingId, boolean noticesSent) {}

    /** An action agreed in the meeting: becomes a task for its owner. */
    public record Action(String title, UUID ownerId, LocalDate dueOn) {}

    /** A correction to approved minutes. */
    public record Addendum(String text, Instant createdAt, String createdBy) {

        public LocalDateTime createdLocal() {
            return LocalDateTime.ofInstant(createdAt, OSLO);
        }
    }
}
