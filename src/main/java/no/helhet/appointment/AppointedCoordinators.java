package no.helhet.appointment;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.helhet.family.FamilyCoordinators;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The coordinators appointed for families today, by name, for the family module's search hits. */
@Component
class AppointedCoordinators implements FamilyCoordinators {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Clock clock;

    AppointedCoordinators(JdbcClient jdbc, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<String>> currentCoordinatorNames(Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<UUID>> byFamily = new LinkedHashMap<>();
        jdbc.sql("select family_id, coordinator_id from appointment where family_id = any(:ids) and "
                        + Appointment.ACTIVE_ON_DATE_SQL + " order by starts_on, id")
                .param("ids", familyIds.stream().distinct().toArray(UUID[]::new))
                .param("date", Date.valueOf(LocalDate.now(clock)))
                .query((rs, n) -> byFamily.computeIfAbsent(
                                rs.getObject("family_id", UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject("coordinator_id", UUID.class)))
                .list();
        Set<UUID> staffIds = new HashSet<>();
        byFamily.values().forEach(staffIds::addAll);
        Map<UUID, StaffSummary> names = staff.staffByIds(staffIds);
        Map<UUID, List<String>> result = new LinkedHashMap<>();
        byFamily.forEach((family, coordinators) -> result.put(
                family,
                coordinators.stream()
                        .distinct()
                        .map(names::get)
                        .filter(java.util.Objects::nonNull)
                        .map(StaffSummary::fullName)
                        .toList()));
        return result;
    }
}
