package no.helhet.consent;

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
 * Consents that expire within 30 days or have expired, not withdrawn and not renewed (a later consent
 * for the same child, holding beyond those 30 days, that covers every provider and kind of
 * information this one covered), soonest first. For the family page's summary and the "due" column of "Mine familier"; one
 * statement for all the families.
 */
@Component
class ConsentGlance implements FamilyGlance {

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsentGlance(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "consent/glance";
    }

    @Override
    public String anchor() {
        return "section-consent";
    }

    @Override
    public Column column() {
        return Column.DUE;
    }

    @Override
    public Map<UUID, List<Expiring>> forFamilies(Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate within = today.plusDays(ExpiringConsentTasks.WITHIN_DAYS);
        Map<UUID, List<Expiring>> byFamily = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.id, c.family_id, c.child_id, c.expires_on from consent c
                        where c.family_id = any(:familyIds) and c.withdrawn_at is null and c.expires_on <= :within
                          and not exists (
                              select 1 from consent later
                              where later.child_id = c.child_id and later.id <> c.id and later.withdrawn_at is null
                                and later.given_on >= c.given_on
                                and (later.expires_on is null or later.expires_on > :within)
                                and not exists (
                                    select service_provider_id from consent_provider where consent_id = c.id
                                    except select service_provider_id from consent_provider where consent_id = later.id)
                                and not exists (
                                    select kind from consent_information where consent_id = c.id
                                    except select kind from consent_information where consent_id = later.id))
                        order by c.expires_on, c.id
                        """)
                .param("familyIds", familyIds.toArray(UUID[]::new))
                .param("within", Date.valueOf(within))
                .query((rs, n) -> new Expiring(
                        rs.getObject("id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        rs.getDate("expires_on").toLocalDate(),
                        today))
                .list()
                .forEach(e -> byFamily.computeIfAbsent(e.familyId(), f -> new ArrayList<>())
                        .add(e));
        return byFamily;
    }

    /** A consent due for renewal: expired when its last day is before today. */
    record Expiring(UUID id, UUID familyId, UUID childId, LocalDate expiresOn, LocalDate today) {

        public boolean expired() {
            return expiresOn.isBefore(today);
        }
    }
}
