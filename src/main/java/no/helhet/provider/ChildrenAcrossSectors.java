package no.helhet.provider;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.helhet.staff.Sector;
import no.helhet.staff.SectorCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children whose services (received, applied for or an unmet need, not ended) lie in health and
 * care and in at least one other sector: a sign that they may have the right to a barnekoordinator
 * (for the outreach list).
 */
@Component
public class ChildrenAcrossSectors {

    private final JdbcClient jdbc;
    private final SectorCatalogue sectors;

    ChildrenAcrossSectors(JdbcClient jdbc, SectorCatalogue sectors) {
        this.jdbc = jdbc;
        this.sectors = sectors;
    }

    @Transactional(readOnly = true)
    public List<ChildInSectors> healthAndAnotherSector(LocalDate today) {
        String[] health = sectors.all().stream()
                .filter(Sector::healthAndCare)
                .map(Sector::code)
                .toArray(String[]::new);
        return jdbc.sql("""
                        select family_id, child_id, array_agg(distinct sector_code order by sector_code) as sectors
                        from service
                        where ends_on is null or ends_on >= :today
                        group by family_id, child_id
                        having bool_or(sector_code = any(:health)) and bool_or(sector_code <> all(:health))
                        order by family_id, child_id
                        """)
                .param("today", Date.valueOf(today))
                .param("health", health)
                .query((rs, n) -> new ChildInSectors(
                        rs.getObject("family_id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        Arrays.asList((String[]) rs.getArray("sectors").getArray())))
                .list();
    }

    /** A child and the sectors of its current services (codes). */
    public record ChildInSectors(UUID familyId, UUID childId, List<String> sectorCodes) {}
}
