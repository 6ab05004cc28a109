package no.helhet.chronology;

import java.util.List;
import java.util.UUID;
import no.helhet.shared.PageSlice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The family's events from every module's table, newest first, filtered and paged in SQL. */
@Repository
class Chronology {

    /**
     * One select per kind of event. Each yields (occurred_at, kind, child_id, detail, recorded_by)
     * for one family; a request concerns all its children, so its child is the first one named.
     */
    private static final String EVENTS = """
            select r.created_at as occurred_at, 'REQUEST' as kind,
                   (select min(rc.child_id::text)::uuid from coordinator_request_child rc where rc.coordinator_request_id = r.id) as child_id,
                   r.channel as detail, r.created_by as recorded_by
              from coordinator_request r where r.family_id = :familyId
            union all
            select a.created_at, 'ASSESSMENT', a.child_id, a.status, a.created_by
              from eligibility_assessment a where a.family_id = :familyId
            union all
            select d.created_at, 'DECISION', a.child_id, d.outcome, d.created_by
              from decision d join eligibility_assessment a on a.id = d.eligibility_assessment_id
             where d.family_id = :familyId
            union all
            select p.created_at, 'APPOINTMENT', null, s.full_name, p.created_by
              from appointment p join staff_member s on s.id = p.coordinator_id where p.family_id = :familyId
            union all
            select v.created_at, 'SERVICE', v.child_id, v.description, v.created_by
              from service v where v.family_id = :familyId
            union all
            select c.created_at, 'CONSENT', c.child_id, c.given_by, c.created_by
              from consent c where c.family_id = :familyId
            union all
            select c.withdrawn_at, 'CONSENT_WITHDRAWN', c.child_id, c.given_by, c.withdrawn_by
              from consent c where c.family_id = :familyId and c.withdrawn_at is not null
            union all
            select k.modified_at, 'CONTACT', k.child_id, sp.name, k.modified_by
              from collaboration k join service_provider sp on sp.id = k.service_provider_id
             where k.family_id = :familyId and k.contacted_on is not null
            union all
            select n.created_at, 'NOTE', n.child_id, n.author_name, n.author_username
              from case_note n where n.family_id = :familyId
            union all
            select m.starts_at, 'MEETING', null, m.kind, m.created_by
              from meeting m where m.family_id = :familyId
            union all
            select t.created_at, 'TASK', null, t.title, t.created_by
              from task t where t.family_id = :familyId
            union all
            select doc.created_at, 'LETTER', null, doc.kind, doc.created_by
              from document doc where doc.family_id = :familyId
            """;

    private final JdbcClient jdbc;

    Chronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    PageSlice<TimelineEvent> events(UUID familyId, EventKind kind, UUID childId, int page, int size) {
        String filter = " where (cast(:kind as varchar) is null or e.kind = :kind)"
                + " and (cast(:childId as uuid) is null or e.child_id = :childId)";
        long total = jdbc.sql("select count(*) from (" + EVENTS + ") e" + filter)
                .param("familyId", familyId)
                .param("kind", kind == null ? null : kind.name())
                .param("childId", childId)
                .query(Long.class)
                .single();
        List<TimelineEvent> rows = jdbc.sql("select * from (" + EVENTS + ") e" + filter
                        + " order by e.occurred_at desc limit :limit offset :offset")
                .param("familyId", familyId)
                .param("kind", kind == null ? null : kind.name())
                .param("childId", childId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new TimelineEvent(
                        rs.getTimestamp("occurred_at").toInstant(),
                        EventKind.valueOf(rs.getString("kind")),
                        rs.getObject("child_id", UUID.class),
                        rs.getString("detail"),
                        rs.getString("recorded_by")))
                .list();
        return new PageSlice<>(rows, page, size, total);
    }
}
