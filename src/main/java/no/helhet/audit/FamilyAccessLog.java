package no.helhet.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.shared.PageSlice;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffRole;
import no.helhet.staff.StaffSummary;
import no.helhet.staff.UnitSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's view of its access log ("who has looked at our data", issue 14 item 6; Normen's right
 * to know who has read): every record about the family, granted and denied, newest first, with
 * who in plain words (the staff member's name, role and unit; a provider contact's name and
 * provider; the family itself), when, and what of its data as an area the family understands.
 * Set-based: a page costs the same few statements however many people are on it (the records, the
 * staff named on the page, the units, the providers of the provider contacts named).
 */
@Service
public class FamilyAccessLog {

    /** The area of a {@code what} with no area of its own. */
    public static final String OTHER = "access-log.area.other";

    /**
     * The areas of the family's data, by the first part of the {@code what} that handlers declare
     * (before the first dot); a part not listed is {@link #OTHER}.
     */
    private static final Map<String, String> AREAS = Map.ofEntries(
            Map.entry("family", "family"),
            Map.entry("child", "family"),
            Map.entry("guardian", "family"),
            Map.entry("request", "request"),
            Map.entry("worklist", "request"),
            Map.entry("my-cases", "request"),
            Map.entry("web request handled", "request"),
            Map.entry("assessment", "assessment"),
            Map.entry("decision", "decision"),
            Map.entry("appointment", "appointment"),
            Map.entry("my-families", "appointment"),
            Map.entry("consent", "consent"),
            Map.entry("service", "service"),
            Map.entry("plan", "plan"),
            Map.entry("meeting", "meeting"),
            Map.entry("minutes", "meeting"),
            Map.entry("note", "note"),
            Map.entry("complaint", "complaint"),
            Map.entry("collaboration", "collaboration"),
            Map.entry("coordination-responsibility", "collaboration"),
            Map.entry("document", "letter"),
            Map.entry("letter", "letter"),
            Map.entry("transfer", "transfer"),
            Map.entry("chronology", "chronology"),
            Map.entry("access-log", "access-log"),
            Map.entry("outreach", "outreach"),
            Map.entry("retention", "privacy"),
            Map.entry("export", "privacy"),
            Map.entry("my-tasks", "task"),
            Map.entry("task", "task"),
            Map.entry("message", "message"),
            Map.entry("messages", "message"),
            Map.entry("case", "request"),
            Map.entry("coordinator-need", "family"));

    /** Prefixes of the portals' {@code what}s: the rest says the area, nothing after them the family. */
    private static final List<String> PORTALS = List.of("provider-portal", "family-portal");

    private final AccessLog log;
    private final StaffDirectory staff;

    FamilyAccessLog(AccessLog log, StaffDirectory staff) {
        this.log = log;
        this.staff = staff;
    }

    /** One page of the family's access log, newest first. */
    @Transactional(readOnly = true)
    public PageSlice<FamilyAccessLogEntry> page(UUID familyId, int page, int size) {
        PageSlice<AccessLogEntry> rows = log.forFamily(familyId, Math.max(0, page), Math.max(1, size));
        return new PageSlice<>(describe(rows.items()), rows.page(), rows.size(), rows.total());
    }

    /** The family's whole access log, newest first (for the PDF report). */
    @Transactional(readOnly = true)
    public List<FamilyAccessLogEntry> all(UUID familyId) {
        return describe(log.allForFamily(familyId));
    }

    /**
     * The message key of the area of the family's data a declared {@code what} names (e.g. {@code
     * plan.goal} → {@code access-log.area.plan}), or {@link #OTHER}.
     */
    public static String areaKey(String what) {
        if (what == null || what.isBlank()) {
            return OTHER;
        }
        String rest = what;
        String family = null;
        for (String portal : PORTALS) {
            if (rest.equals(portal)) {
                return "access-log.area.family";
            }
            if (rest.startsWith(portal + ".")) {
                rest = rest.substring(portal.length() + 1);
                family = "access-log.area.family";
            }
        }
        if (AREAS.containsKey(rest)) {
            return "access-log.area." + AREAS.get(rest);
        }
        if (rest.startsWith("family.export")) {
            return "access-log.area.privacy";
        }
        int dot = rest.indexOf('.');
        String first = dot < 0 ? rest : rest.substring(0, dot);
        String area = AREAS.get(first);
        if (area != null) {
            return "access-log.area." + area;
        }
        return family != null ? family : OTHER;
    }

    private List<FamilyAccessLogEntry> describe(List<AccessLogEntry> rows) {
        Set<UUID> staffIds = new HashSet<>();
        Set<UUID> providerContacts = new HashSet<>();
        for (AccessLogEntry row : rows) {
            if (row.staffId() != null) {
                staffIds.add(row.staffId());
                if (StaffRole.PROVIDER_CONTACT.name().equals(row.role())) {
                    providerContacts.add(row.staffId());
                }
            }
        }
        Map<UUID, StaffSummary> people = staffIds.isEmpty() ? Map.of() : staff.staffByIds(staffIds);
        Map<UUID, String> units = rows.stream().anyMatch(r -> r.unitId() != null)
                ? staff.units().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a))
                : Map.of();
        Map<UUID, String> providers =
                providerContacts.isEmpty() ? Map.of() : staff.providerNamesOfContacts(providerContacts);
        List<FamilyAccessLogEntry> entries = new ArrayList<>(rows.size());
        for (AccessLogEntry row : rows) {
            entries.add(new FamilyAccessLogEntry(
                    row.occurredAt(),
                    who(row, people, units, providers),
                    areaKey(row.what()),
                    row.action(),
                    row.outcome()));
        }
        return entries;
    }

    private static FamilyAccessLogEntry.Who who(
            AccessLogEntry row, Map<UUID, StaffSummary> people, Map<UUID, String> units, Map<UUID, String> providers) {
        StaffRole role = staffRole(row.role());
        if (role == null) {
            if ("SYSTEM".equals(row.role()) && row.staffId() == null) {
                return new FamilyAccessLogEntry.Who(FamilyAccessLogEntry.WhoKind.SYSTEM, null, null, null);
            }
            // Not a staff role: the family itself in its portal, recorded with its own role and name.
            return new FamilyAccessLogEntry.Who(FamilyAccessLogEntry.WhoKind.FAMILY, row.username(), null, null);
        }
        StaffSummary person = row.staffId() == null ? null : people.get(row.staffId());
        String name = person != null ? person.fullName() : row.username();
        if (role == StaffRole.PROVIDER_CONTACT) {
            return new FamilyAccessLogEntry.Who(
                    FamilyAccessLogEntry.WhoKind.PROVIDER,
                    name,
                    "role." + role.name(),
                    row.staffId() == null ? null : providers.get(row.staffId()));
        }
        String unit = row.unitId() != null ? units.get(row.unitId()) : null;
        return new FamilyAccessLogEntry.Who(
                FamilyAccessLogEntry.WhoKind.STAFF,
                name,
                "role." + role.name(),
                unit != null ? unit : person != null ? person.unitName() : null);
    }

    private static StaffRole staffRole(String role) {
        try {
            return role == null ? null : StaffRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Collection<String> areas() {
        return AREAS.values();
    }
}
