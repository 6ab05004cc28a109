package no.helhet.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyService;
import no.helhet.provider.ChildrenAcrossSectors;
import no.helhet.provider.ChildrenAcrossSectors.ChildInSectors;
import no.helhet.provider.ProviderRegister;
import no.helhet.request.RequestedFamilies;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outreach rule: a family may have the right but has not asked when it has no request and a
 * child has current services in health and care and in at least one other sector, or a provider
 * contact flagged it. (A coordinator is appointed only on a request, so "no request" also means "no
 * coordinator".) KE informs such families; the figures say how many were informed and how many
 * then asked.
 */
@Service
public class Outreach {

    private final ChildrenAcrossSectors acrossSectors;
    private final RequestedFamilies requested;
    private final FamilyService families;
    private final ProviderRegister providers;
    private final StaffDirectory staff;
    private final OutreachFlagRepository flags;
    private final OutreachContactRepository contacts;
    private final JdbcClient jdbc;
    private final Clock clock;

    Outreach(
            ChildrenAcrossSectors acrossSectors,
            RequestedFamilies requested,
            FamilyService families,
            ProviderRegister providers,
            StaffDirectory staff,
            OutreachFlagRepository flags,
            OutreachContactRepository contacts,
            JdbcClient jdbc,
            Clock clock) {
        this.acrossSectors = acrossSectors;
        this.requested = requested;
        this.families = families;
        this.providers = providers;
        this.staff = staff;
        this.flags = flags;
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A provider contact notes that a family may need a coordinator (the provider portal's action). */
    @Transactional
    public void flagFamily(UUID familyId, UUID providerId) {
        flags.save(new OutreachFlag(UUID.randomUUID(), familyId, providerId, today(), null, null, null, null, null));
    }

    /** KE informed the family of the right: when and how; by whom is the logged-in staff member. */
    @Transactional
    public void markInformed(UUID familyId, LocalDate informedOn, InformationChannel channel) {
        contacts.save(
                new OutreachContact(UUID.randomUUID(), familyId, informedOn, channel, null, null, null, null, null));
    }

    /** The families on the outreach list, not yet informed first, then by name. */
    @Transactional(readOnly = true)
    List<Row> list() {
        Map<UUID, List<ChildInSectors>> children = new LinkedHashMap<>();
        acrossSectors
                .healthAndAnotherSector(today())
                .forEach(c -> children.computeIfAbsent(c.familyId(), k -> new ArrayList<>())
                        .add(c));
        Map<UUID, Set<UUID>> flaggedBy = new HashMap<>();
        flags.findAll()
                .forEach(f -> flaggedBy
                        .computeIfAbsent(f.familyId(), k -> new LinkedHashSet<>())
                        .add(f.serviceProviderId()));
        Set<UUID> familyIds = new LinkedHashSet<>(children.keySet());
        familyIds.addAll(flaggedBy.keySet());
        familyIds.removeAll(requested.latestRequestOn(familyIds).keySet());
        if (familyIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = families.displayNames(familyIds);
        Map<UUID, String> providerNames = providers.providerNames(
                flaggedBy.values().stream().flatMap(Set::stream).toList());
        Map<UUID, Informed> informed = latestInformed(familyIds);
        List<Row> rows = new ArrayList<>();
        for (UUID familyId : familyIds) {
            List<ChildReason> reasons = new ArrayList<>();
            List<ChildInSectors> found = children.getOrDefault(familyId, List.of());
            if (!found.isEmpty()) {
                Map<UUID, String> childNames = new HashMap<>();
                for (ChildSummary c : families.getFamily(familyId).children()) {
                    childNames.put(c.id(), c.givenName());
                }
                found.forEach(c -> reasons.add(new ChildReason(childNames.get(c.childId()), c.sectorCodes())));
            }
            List<String> flaggers = flaggedBy.getOrDefault(familyId, Set.of()).stream()
                    .map(providerNames::get)
                    .sorted()
                    .toList();
            rows.add(new Row(familyId, names.get(familyId), reasons, flaggers, informed.get(familyId)));
        }
        rows.sort(Comparator.comparing((Row r) -> r.informed() != null)
                .thenComparing(Row::familyName, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /** The dashboard's figures: families informed, and how many of them asked on or after being informed. */
    @Transactional(readOnly = true)
    public Figures figures() {
        Map<UUID, LocalDate> firstInformed = new HashMap<>();
        jdbc.sql("select family_id, min(informed_on) as informed_on from outreach_contact group by family_id")
                .query((rs, n) -> firstInformed.put(
                        rs.getObject("family_id", UUID.class),
                        rs.getDate("informed_on").toLocalDate()))
                .list();
        Map<UUID, LocalDate> asked = requested.latestRequestOn(firstInformed.keySet());
        long askedAfter = firstInformed.entrySet().stream()
                .filter(e ->
                        asked.containsKey(e.getKey()) && !asked.get(e.getKey()).isBefore(e.getValue()))
                .count();
        return new Figures(firstInformed.size(), askedAfter);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Map<UUID, Informed> latestInformed(Set<UUID> familyIds) {
        Map<UUID, Informed> latest = new HashMap<>();
        jdbc.sql("""
                        select distinct on (family_id) family_id, informed_on, channel, created_by
                        from outreach_contact where family_id = any(:ids)
                        order by family_id, informed_on desc, created_at desc
                        """)
                .param("ids", familyIds.toArray(UUID[]::new))
                .query((rs, n) -> latest.put(
                        rs.getObject("family_id", UUID.class),
                        new Informed(
                                rs.getDate("informed_on").toLocalDate(),
                                InformationChannel.valueOf(rs.getString("channel")),
                                staff.findStaffByUsername(rs.getString("created_by"))
                                        .map(StaffSummary::fullName)
                                        .orElse(rs.getString("created_by")))))
                .list();
        return latest;
    }

    /** A family on the list: why (children with their sectors, providers that flagged it) and when last informed. */
    record Row(
            UUID familyId, String familyName, List<ChildReason> children, List<String> flaggedBy, Informed informed) {}

    /** A child with current services in these sectors (codes). */
    record ChildReason(String givenName, List<String> sectorCodes) {}

    /** When, how and by whom the family was last informed. */
    record Informed(LocalDate on, InformationChannel channel, String by) {}

    /** Families informed, and of them how many asked for a coordinator on or after being informed. */
    public record Figures(long familiesInformed, long askedAfterwards) {

        /** The share who asked, in whole percent; 0 when none were informed. */
        public long sharePercent() {
            return familiesInformed == 0 ? 0 : Math.round(100.0 * askedAfterwards / familiesInformed);
        }
    }
}
