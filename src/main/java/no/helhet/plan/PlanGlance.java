package no.helhet.plan;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.family.FamilyGlance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Individual plans whose next evaluation is within 30 days or overdue, soonest first: for the family
 * page's summary and the "due" column of "Mine familier"; one statement for all the families.
 */
@Component
class PlanGlance implements FamilyGlance {

    /** How far ahead an evaluation counts as due. */
    static final int WITHIN_DAYS = 30;

    private final JdbcClient jdbc;
    private final Clock clock;

    PlanGlance(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String template() {
        return "plan/glance";
    }

    @Override
    public String anchor() {
        return "section-plan";
    }

    @Override
    public Column column() {
        return Column.DUE;
    }

    @Override
    public Map<UUID, List<Evaluation>> forFamilies(Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<Evaluation>> byFamily = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, family_id, next_evaluation_on from individual_plan
                        where family_id = any(:familyIds) and next_evaluation_on <= :within
                        order by next_evaluation_on, id
                        """)
                .param("familyIds", familyIds.toArray(UUID[]::new))
                .param("within", Date.valueOf(today.plusDays(WITHIN_DAYS)))
                .query((rs, n) -> new Evaluation(
                        rs.getObject("id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        rs.getDate("next_evaluation_on").toLocalDate(),
                        today))
                .list()
                .forEach(e -> byFamily.computeIfAbsent(e.familyId(), f -> new ArrayList<>())
                        .add(e));
        return byFamily;
    }

    /** A plan's evaluation that is due; overdue when its day is before today. */
    record Evaluation(UUID planId, UUID familyId, LocalDate on, LocalDate today) {

        public boolean overdue() {
            return on.isBefore(today);
        }
    }
}
