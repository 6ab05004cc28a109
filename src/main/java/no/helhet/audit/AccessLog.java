package no.helhet.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import no.helhet.shared.PageSlice;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only access log table (updates and deletes are refused by a trigger). */
@Repository
class AccessLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void append(AccessAction action, String what, UUID familyId, AccessOutcome outcome) {
        Who who = Who.current();
        jdbc.sql("""
                        insert into access_log (occurred_at, staff_id, username, role, unit_id, action, what, family_id, outcome)
                        values (:at, :staffId, :username, :role, :unitId, :action, :what, :familyId, :outcome)
                        """)
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("staffId", who.staffId())
                .param("username", who.username())
                .param("role", who.role())
                .param("unitId", who.unitId())
                .param("action", action.name())
                .param("what", what)
                .param("familyId", familyId)
                .param("outcome", outcome.name())
                .update();
    }

    /** One granted row per listed family, written in one statement however long the list. */
    void appendAll(AccessAction action, String what, Collection<UUID> familyIds) {
        UUID[] ids = familyIds.stream().distinct().toArray(UUID[]::new);
        if (ids.length == 0) {
            return;
        }
        Who who = Who.current();
        jdbc.sql("""
                        insert into access_log (occurred_at, staff_id, username, role, unit_id, action, what, family_id, outcome)
                        select cast(:at as timestamptz), cast(:staffId as uuid), :username, :role, cast(:unitId as uuid), :action, :what,
                               listed.family_id, :outcome
                        from unnest(cast(:familyIds as uuid[])) with ordinality as listed (family_id, n)
                        order by listed.n
                        """)
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("staffId", who.staffId())
                .param("username", who.username())
                .param("role", who.role())
                .param("unitId", who.unitId())
                .param("action", action.name())
                .param("what", what)
                .param("familyIds", ids)
                .param("outcome", AccessOutcome.GRANTED.name())
                .update();
    }

    /**
     * Who a record names: a staff member (id, username, role, unit); a family member in the family
     * portal (no staff id, the person's name, the role {@code GUARDIAN} or {@code YOUTH}, no unit, never
     * the national id): the family's own access; else the system.
     */
    private record Who(UUID staffId, String username, String role, UUID unitId) {

        static final int MAX_USERNAME = 100;

        static Who current() {
            StaffPrincipal staff = CurrentStaff.find().orElse(null);
            if (staff != null) {
                return new Who(staff.id(), staff.username(), staff.role().name(), staff.unitId());
            }
            FamilyMemberPrincipal member = CurrentFamilyMember.find().orElse(null);
            if (member != null) {
                String name = member.name() == null || member.name().isBlank()
                        ? member.kind().name()
                        : member.name();
                return new Who(
                        null,
                        name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name,
                        member.kind().name(),
                        null);
            }
            return new Who(null, "system", "SYSTEM", null);
        }
    }

    PageSlice<AccessLogEntry> forFamily(UUID familyId, int page, int size) {
        long total = jdbc.sql("select count(*) from access_log where family_id = :familyId")
                .param("familyId", familyId)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("""
                        select id, occurred_at, staff_id, username, role, unit_id, action, what, family_id, outcome
                        from access_log where family_id = :familyId
                        order by occurred_at desc, id desc limit :limit offset :offset
                        """)
                .param("familyId", familyId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(AccessLogEntry.class)
                .list();
        return new PageSlice<>(rows, page, size, total);
    }
}
