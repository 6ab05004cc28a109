package no.helhet.message;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.family.GuardianSummary;
import no.helhet.shared.NotFoundException;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffPrincipal;
import no.helhet.staff.StaffRole;
import no.helhet.staff.StaffSummary;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages between the family and its coordinator or the coordinating unit: the module's API. The
 * family's side takes explicit ids (the family, the guardian or youth who writes) so that the
 * family portal's handlers stay thin; who may call it is the caller's declared access rule. The
 * staff side writes as the logged-in staff member.
 *
 * <p>A family has the guardians' thread ({@code youthId} null) and a thread for each youth who
 * writes (a youth's own matters are not shown to the guardians). A message from the family makes a
 * task for the appointed coordinator, or for the coordinating unit's leads (else its caseworkers)
 * when none is appointed, unless they already have an open one about the family's messages; a reply
 * closes it. The recipient gets an e-mail that says only that there is a message ({@link
 * MessageNotices}).
 */
@Service
public class Messages {

    /** The longest message, in characters. */
    public static final int MAX_LENGTH = 4000;

    private static final String SELECT = """
            select id, family_id, youth_id, sender_kind, sender_id, sender_name, sender_role, body, sent_at, read_at
            from message
            """;

    private final JdbcClient jdbc;
    private final FamilyService families;
    private final AppointmentService appointments;
    private final StaffDirectory staff;
    private final TaskService tasks;
    private final MessageNotices notices;
    private final Clock clock;

    Messages(
            JdbcClient jdbc,
            FamilyService families,
            AppointmentService appointments,
            StaffDirectory staff,
            TaskService tasks,
            MessageNotices notices,
            Clock clock) {
        this.jdbc = jdbc;
        this.families = families;
        this.appointments = appointments;
        this.staff = staff;
        this.tasks = tasks;
        this.notices = notices;
        this.clock = clock;
    }

    /** A guardian of the family writes in the guardians' thread. A guardian of another family is not found. */
    @Transactional
    public UUID fromGuardian(UUID familyId, UUID guardianId, String body) {
        GuardianSummary guardian = families.getFamily(familyId).guardians().stream()
                .filter(g -> g.id().equals(guardianId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("guardian"));
        return fromFamily(familyId, null, SenderKind.GUARDIAN, guardianId, guardian.displayName(), body);
    }

    /** A youth of the family writes in their own thread. A child of another family is not found. */
    @Transactional
    public UUID fromYouth(UUID familyId, UUID youthId, String body) {
        ChildSummary youth = youthOf(familyId, youthId);
        return fromFamily(familyId, youthId, SenderKind.YOUTH, youthId, youth.displayName(), body);
    }

    /**
     * The logged-in staff member writes to the family: in the guardians' thread ({@code youthId}
     * null) or a youth's. Closes the tasks the family's messages in that thread made.
     */
    @Transactional
    public UUID fromStaff(UUID familyId, UUID youthId, String body) {
        StaffPrincipal who = CurrentStaff.get();
        if (youthId != null) {
            youthOf(familyId, youthId);
        }
        UUID id = insert(
                familyId,
                youthId,
                SenderKind.STAFF,
                who.id(),
                who.fullName(),
                who.role().name(),
                body);
        List<UUID> fromFamily = jdbc.sql("""
                        select id from message
                        where family_id = :familyId and youth_id is not distinct from cast(:youthId as uuid)
                          and sender_kind <> 'STAFF'
                        """)
                .param("familyId", familyId)
                .param("youthId", youthId)
                .query(UUID.class)
                .list();
        fromFamily.forEach(m -> tasks.closeOpenTasksFrom(TaskSource.MESSAGE_FROM_FAMILY, m));
        FamilyDetails family = families.getFamily(familyId);
        notices.toFamily(family, youthId != null);
        return id;
    }

    /**
     * The thread the family member reads (the guardians' or the youth's own), oldest first; marks
     * the staff's messages in it read by the reader.
     */
    @Transactional
    public List<MessageView> readByFamily(UUID familyId, UUID youthId, String readerName) {
        List<MessageView> thread = thread(familyId, youthId);
        jdbc.sql("""
                        update message set read_at = :now, read_by = :reader
                        where family_id = :familyId and youth_id is not distinct from cast(:youthId as uuid)
                          and sender_kind = 'STAFF' and read_at is null
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("reader", readerName)
                .param("familyId", familyId)
                .param("youthId", youthId)
                .update();
        return thread;
    }

    /** How many of the staff's messages in the family member's thread are unread. */
    @Transactional(readOnly = true)
    public long unreadForFamily(UUID familyId, UUID youthId) {
        return jdbc.sql("""
                        select count(*) from message
                        where family_id = :familyId and youth_id is not distinct from cast(:youthId as uuid)
                          and sender_kind = 'STAFF' and read_at is null
                        """)
                .param("familyId", familyId)
                .param("youthId", youthId)
                .query(Long.class)
                .single();
    }

    /**
     * Every thread of the family for the staff: the guardians' first (also when empty), then each
     * youth's, each oldest first. Records nothing as read.
     */
    @Transactional(readOnly = true)
    public List<MessageThread> threads(UUID familyId) {
        List<MessageView> all = jdbc.sql(SELECT + " where family_id = :familyId order by sent_at, id")
                .param("familyId", familyId)
                .query(Messages::row)
                .list();
        Map<UUID, List<MessageView>> byYouth = new LinkedHashMap<>();
        byYouth.put(null, new ArrayList<>());
        all.forEach(m ->
                byYouth.computeIfAbsent(m.youthId(), k -> new ArrayList<>()).add(m));
        Map<UUID, String> youthNames = new LinkedHashMap<>();
        if (byYouth.size() > 1) {
            families.getFamily(familyId).children().forEach(c -> youthNames.put(c.id(), c.displayName()));
        }
        List<MessageThread> threads = new ArrayList<>();
        byYouth.forEach((youthId, messages) -> threads.add(new MessageThread(
                youthId,
                youthId == null ? null : youthNames.get(youthId),
                List.copyOf(messages),
                messages.stream().filter(m -> m.fromFamily() && m.unread()).count())));
        return threads;
    }

    /** Marks the family's messages read by the logged-in staff member (who opened the messages page). */
    @Transactional
    public void markReadByStaff(UUID familyId) {
        jdbc.sql("""
                        update message set read_at = :now, read_by = :reader
                        where family_id = :familyId and sender_kind <> 'STAFF' and read_at is null
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("reader", CurrentStaff.username())
                .param("familyId", familyId)
                .update();
    }

    /** How many of the family's messages no staff member has read yet (the family page's marker). */
    @Transactional(readOnly = true)
    public long unreadFromFamily(UUID familyId) {
        return jdbc.sql("""
                        select count(*) from message
                        where family_id = :familyId and sender_kind <> 'STAFF' and read_at is null
                        """).param("familyId", familyId).query(Long.class).single();
    }

    private List<MessageView> thread(UUID familyId, UUID youthId) {
        return jdbc.sql(SELECT + """
                         where family_id = :familyId and youth_id is not distinct from cast(:youthId as uuid)
                         order by sent_at, id
                        """)
                .param("familyId", familyId)
                .param("youthId", youthId)
                .query(Messages::row)
                .list();
    }

    private UUID fromFamily(UUID familyId, UUID youthId, SenderKind kind, UUID senderId, String name, String body) {
        UUID id = insert(familyId, youthId, kind, senderId, name, null, body);
        List<StaffSummary> recipients = recipients(familyId);
        LocalDate today = LocalDate.now(clock);
        for (StaffSummary owner : recipients) {
            boolean hasOpen = tasks.openTasksOf(owner.id()).stream()
                    .anyMatch(t -> t.source() == TaskSource.MESSAGE_FROM_FAMILY && familyId.equals(t.familyId()));
            if (!hasOpen) {
                tasks.createTask(
                        new TaskCandidate(TaskSource.MESSAGE_FROM_FAMILY, id, owner.id(), familyId, today.plusDays(2)));
            }
        }
        notices.toStaff(familyId, recipients, appointedCoordinators(familyId).isEmpty());
        return id;
    }

    /** The appointed coordinators, or else the coordinating unit's leads (else its caseworkers). */
    private List<StaffSummary> recipients(UUID familyId) {
        List<UUID> coordinators = appointedCoordinators(familyId);
        if (!coordinators.isEmpty()) {
            return List.copyOf(staff.staffByIds(coordinators).values());
        }
        List<StaffSummary> active =
                staff.allStaff().stream().filter(StaffSummary::active).toList();
        List<StaffSummary> leads =
                active.stream().filter(s -> s.role() == StaffRole.KE_LEAD).toList();
        return leads.isEmpty()
                ? active.stream()
                        .filter(s -> s.role() == StaffRole.KE_CASEWORKER)
                        .toList()
                : leads;
    }

    private List<UUID> appointedCoordinators(UUID familyId) {
        LocalDate today = LocalDate.now(clock);
        return appointments.forFamily(familyId).stream()
                .filter(a -> a.activeOn(today))
                .map(AppointmentView::coordinatorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private ChildSummary youthOf(UUID familyId, UUID youthId) {
        return families.getFamily(familyId).children().stream()
                .filter(c -> c.id().equals(youthId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("youth"));
    }

    private UUID insert(
            UUID familyId, UUID youthId, SenderKind kind, UUID senderId, String name, String role, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a message holds 1 to " + MAX_LENGTH + " characters");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into message (id, family_id, youth_id, sender_kind, sender_id, sender_name, sender_role,
                                             body, sent_at, created_at, created_by)
                        values (:id, :familyId, :youthId, :kind, :senderId, :name, :role, :body, :now, :now, :by)
                        """)
                .param("id", id)
                .param("familyId", familyId)
                .param("youthId", youthId)
                .param("kind", kind.name())
                .param("senderId", senderId)
                .param("name", name)
                .param("role", role)
                .param("body", text)
                .param("now", Timestamp.from(now))
                .param("by", kind == SenderKind.STAFF ? CurrentStaff.username() : name)
                .update();
        return id;
    }

    private static MessageView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new MessageView(
                rs.getObject("id", UUID.class),
                rs.getObject("family_id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                SenderKind.valueOf(rs.getString("sender_kind")),
                rs.getObject("sender_id", UUID.class),
                rs.getString("sender_name"),
                rs.getString("sender_role"),
                rs.getString("body"),
                rs.getTimestamp("sent_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
