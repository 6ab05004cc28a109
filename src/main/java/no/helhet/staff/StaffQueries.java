package no.helhet.staff;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Staff members and units read as summaries in one statement each, with the unit joined in SQL.
 * Every page shows names of staff and units; mapping whole entities (and every unit for each staff
 * lookup) was a fifth of the CPU under load at the national size (docs/performance.md).
 */
@Repository
class StaffQueries {

    private static final String SELECT = """
            select s.id, s.username, s.full_name, s.role, s.unit_id, u.name as unit_name,
                   u.sector_code, s.email, s.phone, s.training_status, s.active
            from staff_member s left join unit u on u.id = s.unit_id
            """;

    private static final RowMapper<StaffSummary> STAFF = (rs, n) -> new StaffSummary(
            rs.getObject("id", UUID.class),
            rs.getString("username"),
            rs.getString("full_name"),
            StaffRole.valueOf(rs.getString("role")),
            rs.getObject("unit_id", UUID.class),
            rs.getString("unit_name"),
            rs.getString("sector_code"),
            rs.getString("email"),
            rs.getString("phone"),
            TrainingStatus.valueOf(rs.getString("training_status")),
            rs.getBoolean("active"));

    private final JdbcClient jdbc;

    StaffQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StaffSummary> all() {
        return jdbc.sql(SELECT + " order by s.full_name, s.id").query(STAFF).list();
    }

    List<StaffSummary> activeInRole(StaffRole role) {
        return jdbc.sql(SELECT + " where s.role = :role and s.active order by s.full_name, s.id")
                .param("role", role.name())
                .query(STAFF)
                .list();
    }

    List<StaffSummary> byIds(Collection<UUID> ids) {
        UUID[] distinct = ids.stream().filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        if (distinct.length == 0) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where s.id = any(:ids)")
                .param("ids", distinct)
                .query(STAFF)
                .list();
    }

    List<StaffSummary> byUsername(String username) {
        return jdbc.sql(SELECT + " where s.username = :username")
                .param("username", username)
                .query(STAFF)
                .list();
    }

    List<UnitSummary> units() {
        return jdbc.sql("""
                        select id, name, sector_code, coordinating_unit, coordinator_capacity, version, active
                        from unit order by name, id
                        """)
                .query((rs, n) -> new UnitSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("sector_code"),
                        rs.getBoolean("coordinating_unit"),
                        rs.getBigDecimal("coordinator_capacity"),
                        rs.getInt("version"),
                        rs.getBoolean("active")))
                .list();
    }
}
