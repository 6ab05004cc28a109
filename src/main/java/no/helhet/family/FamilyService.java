package no.helhet.family;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.staff.CurrentStaff;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers families and reads them: the family module's API. */
@Service
public class FamilyService {

    static final int SEARCH_LIMIT = 50;

    private final FamilyRepository families;
    private final GuardianRepository guardians;
    private final ChildRepository children;
    private final ChildChangeRepository childChanges;
    private final JdbcClient jdbc;
    private final Clock clock;

    FamilyService(
            FamilyRepository families,
            GuardianRepository guardians,
            ChildRepository children,
            ChildChangeRepository childChanges,
            JdbcClient jdbc,
            Clock clock) {
        this.families = families;
        this.guardians = guardians;
        this.children = children;
        this.childChanges = childChanges;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers a family with its guardians and children (national ids already validated). */
    @Transactional
    public UUID registerFamily(NewFamily family) {
        Instant now = clock.instant();
        String by = CurrentStaff.username();
        UUID familyId = UUID.randomUUID();
        families.save(new Family(
                familyId,
                family.addressMunicipality(),
                family.phone(),
                family.email(),
                null,
                null,
                null,
                null,
                null,
                null));
        for (NewGuardian g : family.guardians()) {
            guardians.save(new Guardian(
                    UUID.randomUUID(),
                    familyId,
                    g.nationalId(),
                    g.givenName(),
                    g.familyName(),
                    g.parentalResponsibility(),
                    g.phone(),
                    g.email(),
                    g.address() == null ? null : g.address().street(),
                    g.address() == null ? null : g.address().postcode(),
                    g.address() == null ? null : g.address().place(),
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        for (NewChild c : family.children()) {
            addChild(familyId, c, now, by);
        }
        return familyId;
    }

    /** Adds a child, born or expected, to a registered family. */
    @Transactional
    public UUID addChild(UUID familyId, NewChild child) {
        getFamily(familyId);
        return addChild(familyId, child, clock.instant(), CurrentStaff.username());
    }

    private UUID addChild(UUID familyId, NewChild c, Instant now, String by) {
        UUID id = UUID.randomUUID();
        children.save(new Child(
                id,
                familyId,
                c.nationalId(),
                c.givenName(),
                c.familyName(),
                c.birthDate(),
                c.birthDate() == null ? c.expectedDate() : null,
                c.birthDate() == null ? c.expectedKind() : null,
                null,
                null,
                null,
                null,
                null));
        return id;
    }

    /** A child with its version, for the forms that register its birth or correct it. */
    @Transactional(readOnly = true)
    Child getChildForChange(UUID childId) {
        return children.findById(childId).orElseThrow(FamilyNotFoundException::new);
    }

    /**
     * Registers an expected child as born, or corrects a child's details; the child keeps its id, so
     * its requests, decisions, consents and services stay with it. Which details changed (never their
     * values) goes to the chronology. Refuses if someone else changed the child first.
     */
    @Transactional
    public void changeChild(UUID childId, int seenVersion, NewChild details) {
        Child child = children.findById(childId).orElseThrow(FamilyNotFoundException::new);
        if (child.version() != seenVersion) {
            throw new OptimisticLockingFailureException("child changed by someone else");
        }
        List<String> changed = new java.util.ArrayList<>();
        compare(changed, "NATIONAL_ID", child.nationalId(), details.nationalId());
        compare(changed, "GIVEN_NAME", child.givenName(), details.givenName());
        compare(changed, "FAMILY_NAME", child.familyName(), details.familyName());
        compare(changed, "BIRTH_DATE", child.birthDate(), details.birthDate());
        if (details.birthDate() == null) {
            compare(changed, "EXPECTED_DATE", child.expectedDate(), details.expectedDate());
            compare(changed, "EXPECTED_KIND", child.expectedKind(), details.expectedKind());
        }
        if (changed.isEmpty()) {
            return;
        }
        ChildChange.Kind kind = child.birthDate() == null && details.birthDate() != null
                ? ChildChange.Kind.BORN
                : ChildChange.Kind.CORRECTED;
        children.save(child.withDetails(
                details.nationalId(),
                details.givenName(),
                details.familyName(),
                details.birthDate(),
                details.expectedDate(),
                details.expectedKind(),
                seenVersion));
        childChanges.save(ChildChange.of(child, kind, String.join(",", changed)));
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    /** Changes the family's address and contact details; refuses if someone else changed them first. */
    @Transactional
    public void changeContact(
            UUID familyId,
            int seenVersion,
            String addressMunicipality,
            String phone,
            String email,
            String letterLanguage) {
        Family family = families.findById(familyId).orElseThrow(FamilyNotFoundException::new);
        if (family.version() != seenVersion) {
            throw new OptimisticLockingFailureException("family changed by someone else");
        }
        families.save(family.withContact(
                addressMunicipality,
                phone,
                email,
                letterLanguage,
                seenVersion,
                clock.instant(),
                CurrentStaff.username()));
    }

    /** Changes a guardian's postal address; refuses if someone else changed the guardian first. */
    @Transactional
    public void changeGuardianAddress(UUID guardianId, int seenVersion, PostalAddress address) {
        Guardian guardian = guardians.findById(guardianId).orElseThrow(FamilyNotFoundException::new);
        if (guardian.version() != seenVersion) {
            throw new OptimisticLockingFailureException("guardian changed by someone else");
        }
        guardians.save(guardian.withAddress(address, seenVersion));
    }

    @Transactional(readOnly = true)
    Optional<GuardianSummary> findGuardian(UUID guardianId) {
        return guardians.findById(guardianId).map(GuardianSummary::of);
    }

    @Transactional(readOnly = true)
    Optional<UUID> familyOfGuardian(UUID guardianId) {
        return guardians.findById(guardianId).map(Guardian::familyId);
    }

    @Transactional(readOnly = true)
    public FamilyDetails getFamily(UUID familyId) {
        Family f = families.findById(familyId).orElseThrow(FamilyNotFoundException::new);
        List<GuardianSummary> gs = guardians.findByFamilyIdOrderByFamilyNameAscGivenNameAsc(familyId).stream()
                .map(GuardianSummary::of)
                .toList();
        List<ChildSummary> cs = children.findByFamilyId(familyId).stream()
                .map(ChildSummary::of)
                .sorted(CHILD_ORDER)
                .toList();
        return new FamilyDetails(
                f.id(), f.addressMunicipality(), f.phone(), f.email(), f.version(), gs, cs, f.letterLanguage());
    }

    @Transactional(readOnly = true)
    public ChildSummary getChild(UUID childId) {
        return children.findById(childId).map(ChildSummary::of).orElseThrow(FamilyNotFoundException::new);
    }

    /** Display names for a page of families, for lists that belong to other modules. */
    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames(Collection<UUID> familyIds) {
        return displayNames(familyIds, (familyId, childIds) -> childIds);
    }

    /**
     * Display names that name only the children a reader may see: {@code childrenToName} gets a
     * family's id and all its children's ids and answers the ones to name (a provider contact sees
     * only the children a consent covers, never a sibling).
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames(
            Collection<UUID> familyIds,
            java.util.function.BiFunction<UUID, Collection<UUID>, Collection<UUID>> childrenToName) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<GuardianSummary>> gs = guardians.findByFamilyIdIn(familyIds).stream()
                .collect(Collectors.groupingBy(
                        Guardian::familyId, Collectors.mapping(GuardianSummary::of, Collectors.toList())));
        Map<UUID, List<ChildSummary>> cs = children.findByFamilyIdIn(familyIds).stream()
                .collect(Collectors.groupingBy(
                        Child::familyId, Collectors.mapping(ChildSummary::of, Collectors.toList())));
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : familyIds) {
            List<ChildSummary> all = cs.getOrDefault(id, List.of());
            java.util.Set<UUID> named = java.util.Set.copyOf(
                    childrenToName.apply(id, all.stream().map(ChildSummary::id).toList()));
            names.put(
                    id,
                    FamilyDetails.displayName(
                            gs.getOrDefault(id, List.of()),
                            all.stream()
                                    .filter(c -> named.contains(c.id()))
                                    .sorted(CHILD_ORDER)
                                    .toList()));
        }
        return names;
    }

    /**
     * The children whose 18th birthday ({@link ChildSummary#turns18On()}) falls after one date and on
     * or before another.
     */
    @Transactional(readOnly = true)
    public List<ChildSummary> childrenTurning18(LocalDate after, LocalDate onOrBefore) {
        int years = ChildSummary.AGE_OF_MAJORITY;
        return children
                .findByBirthDateBetween(after.minusYears(years).minusDays(2), onOrBefore.minusYears(years))
                .stream()
                .map(ChildSummary::of)
                .filter(c -> c.turns18On()
                        .filter(d -> d.isAfter(after) && !d.isAfter(onOrBefore))
                        .isPresent())
                .toList();
    }

    /** The family a child with this national id is already registered in, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> familyOfChild(String nationalId) {
        if (nationalId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select family_id from child where national_id = :id limit 1")
                .param("id", nationalId)
                .query(UUID.class)
                .optional();
    }

    /**
     * Finds families by a guardian's or a child's name, by a national id (all 11 digits, or 5 to 10
     * of them anywhere in it), or by a date of birth (dd.mm.yyyy): a child born that day, or a
     * guardian whose national id begins with it. Each hit carries what tells families apart: the
     * children and their birth dates, and the municipality the family lives in.
     */
    @Transactional(readOnly = true)
    public List<FamilySearchHit> search(String text) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            return List.of();
        }
        String digits = query.replace(" ", "");
        Optional<LocalDate> birthDate = dateOfBirth(query);
        Set<UUID> ids = new LinkedHashSet<>();
        if (digits.matches("\\d{11}")) {
            ids.addAll(jdbc.sql("""
                            select family_id from guardian where national_id = :id
                            union select family_id from child where national_id = :id
                            """).param("id", digits).query(UUID.class).list());
        } else if (birthDate.isPresent()) {
            LocalDate d = birthDate.get();
            ids.addAll(jdbc.sql("""
                            select family_id from child where birth_date = :d
                            union
                            select family_id from guardian where national_id like :prefix
                            limit :limit
                            """)
                    .param("d", d)
                    .param(
                            "prefix",
                            String.format("%02d%02d%02d%%", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100))
                    .param("limit", SEARCH_LIMIT)
                    .query(UUID.class)
                    .list());
        } else if (digits.matches("\\d{5,10}")) {
            ids.addAll(jdbc.sql("""
                            select family_id from guardian where national_id like :p
                            union
                            select family_id from child where national_id like :p
                            limit :limit
                            """)
                    .param("p", "%" + digits + "%")
                    .param("limit", SEARCH_LIMIT)
                    .query(UUID.class)
                    .list());
        } else {
            String pattern = "%"
                    + query.toLowerCase()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            ids.addAll(jdbc.sql("""
                            select family_id from guardian
                             where lower(given_name || ' ' || family_name) like :p
                            union
                            select family_id from child
                             where lower(coalesce(given_name, '') || ' ' || coalesce(family_name, '')) like :p
                            limit :limit
                            """)
                    .param("p", pattern)
                    .param("limit", SEARCH_LIMIT)
                    .query(UUID.class)
                    .list());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = displayNames(ids);
        Map<UUID, List<ChildSummary>> kids = children.findByFamilyIdIn(ids).stream()
                .map(ChildSummary::of)
                .sorted(CHILD_ORDER)
                .collect(Collectors.groupingBy(ChildSummary::familyId));
        Map<UUID, String> municipalities = new HashMap<>();
        families.findAllById(ids).forEach(f -> municipalities.put(f.id(), f.addressMunicipality()));
        return ids.stream()
                .map(id -> new FamilySearchHit(
                        id, names.get(id), municipalities.get(id), kids.getOrDefault(id, List.of())))
                .sorted(Comparator.comparing(FamilySearchHit::displayName))
                .toList();
    }

    /** A date of birth typed as dd.mm.yyyy (or d.m.yyyy), if the query is one. */
    static Optional<LocalDate> dateOfBirth(String query) {
        var m = java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})")
                .matcher(query.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    @Transactional(readOnly = true)
    public long countFamilies() {
        return families.count();
    }

    /**
     * The guardians and children registered with this national id, for the family portal's login
     * (ID-porten's {@code pid}); guardians first, then in the order they were registered. The number
     * itself is never returned.
     */
    @Transactional(readOnly = true)
    public List<FamilyPerson> peopleWithNationalId(String nationalId) {
        if (nationalId == null || nationalId.isBlank()) {
            return List.of();
        }
        List<FamilyPerson> people = new java.util.ArrayList<>(jdbc.sql("""
                        select id, family_id, given_name, family_name, parental_responsibility
                        from guardian where national_id = :id order by created_at, id
                        """)
                .param("id", nationalId.strip())
                .query((rs, n) -> new FamilyPerson(
                        rs.getObject("id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        true,
                        (rs.getString("given_name") + " " + rs.getString("family_name")).strip(),
                        rs.getBoolean("parental_responsibility"),
                        null))
                .list());
        people.addAll(jdbc.sql("""
                        select id, family_id, given_name, family_name, birth_date
                        from child where national_id = :id order by created_at, id
                        """)
                .param("id", nationalId.strip())
                .query((rs, n) -> new FamilyPerson(
                        rs.getObject("id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        false,
                        childName(rs.getString("given_name"), rs.getString("family_name")),
                        false,
                        rs.getObject("birth_date", LocalDate.class)))
                .list());
        return people;
    }

    /** A guardian or a child by id, as {@link #peopleWithNationalId} finds them. */
    @Transactional(readOnly = true)
    public Optional<FamilyPerson> findPerson(UUID personId) {
        Optional<FamilyPerson> guardian = guardians
                .findById(personId)
                .map(g -> new FamilyPerson(
                        g.id(),
                        g.familyId(),
                        true,
                        (g.givenName() + " " + g.familyName()).strip(),
                        g.parentalResponsibility(),
                        null));
        if (guardian.isPresent()) {
            return guardian;
        }
        return children.findById(personId)
                .map(c -> new FamilyPerson(
                        c.id(), c.familyId(), false, childName(c.givenName(), c.familyName()), false, c.birthDate()));
    }

    /** The ids of the family's children, born and expected. */
    @Transactional(readOnly = true)
    public Set<UUID> childIdsOf(UUID familyId) {
        return Set.copyOf(jdbc.sql("select id from child where family_id = :id")
                .param("id", familyId)
                .query(UUID.class)
                .list());
    }

    private static String childName(String given, String family) {
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }

    /** Today in the application's clock, for age rules. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static final Comparator<ChildSummary> CHILD_ORDER = Comparator.comparing(
                    (ChildSummary c) -> c.birthDate() == null ? c.expectedDate() : c.birthDate(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ChildSummary::id);

    /** A family to register. */
    public record NewFamily(
            String addressMunicipality,
            String phone,
            String email,
            List<NewGuardian> guardians,
            List<NewChild> children) {}

    /** A guardian to register; the national id is validated. */
    public record NewGuardian(
            String nationalId,
            String givenName,
            String familyName,
            boolean parentalResponsibility,
            String phone,
            String email,
            PostalAddress address) {

        public NewGuardian(
                String nationalId,
                String givenName,
                String familyName,
                boolean parentalResponsibility,
                String phone,
                String email) {
            this(nationalId, givenName, familyName, parentalResponsibility, phone, email, null);
        }
    }

    /** A child to register: born (national id and birth date) or expected (date and kind). */
    public record NewChild(
            String nationalId,
            String givenName,
            String familyName,
            LocalDate birthDate,
            LocalDate expectedDate,
            ExpectedKind expectedKind) {}
}
