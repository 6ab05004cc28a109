package no.helhet.staff;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff members and units: the module's API. */
@Service
public class StaffDirectory {

    private final StaffMemberRepository staff;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final List<ProviderContactAccounts> providerAccounts;
    private final StaffQueries queries;

    StaffDirectory(
            StaffMemberRepository staff,
            UnitRepository units,
            StaffQueries queries,
            PasswordEncoder passwordEncoder,
            Clock clock,
            List<ProviderContactAccounts> providerAccounts) {
        this.staff = staff;
        this.units = units;
        this.queries = queries;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.providerAccounts = providerAccounts;
    }

    @Transactional(readOnly = true)
    public List<UnitSummary> units() {
        return queries.units();
    }

    /** The units new accounts may be placed in: all but the deactivated. */
    @Transactional(readOnly = true)
    public List<UnitSummary> activeUnits() {
        return units().stream().filter(UnitSummary::active).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UnitSummary> findUnit(UUID id) {
        return id == null ? Optional.empty() : units.findById(id).map(StaffDirectory::summary);
    }

    @Transactional(readOnly = true)
    public List<StaffSummary> allStaff() {
        return queries.all();
    }

    /** Active staff members who can be appointed coordinator, from any unit or sector. */
    @Transactional(readOnly = true)
    public List<StaffSummary> coordinatorCandidates() {
        return queries.activeInRole(StaffRole.COORDINATOR);
    }

    @Transactional(readOnly = true)
    public Optional<StaffSummary> findStaff(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return queries.byIds(List.of(id)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<StaffSummary> findStaffByUsername(String username) {
        return queries.byUsername(username).stream().findFirst();
    }

    /** The full names of the staff members with these usernames, by username (one query). */
    @Transactional(readOnly = true)
    public Map<String, String> fullNamesByUsername(Collection<String> usernames) {
        List<String> wanted =
                usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return staff.findByUsernameIn(wanted).stream()
                .collect(Collectors.toMap(StaffMember::username, StaffMember::fullName, (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public Map<UUID, StaffSummary> staffByIds(Collection<UUID> ids) {
        return queries.byIds(ids).stream().collect(Collectors.toMap(StaffSummary::id, Function.identity()));
    }

    /**
     * The service provider each of these provider contacts' accounts is bound to, by name (for the
     * family's access log); accounts of no provider are left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> providerNamesOfContacts(Collection<UUID> staffIds) {
        Map<UUID, String> names = new java.util.HashMap<>();
        providerAccounts.forEach(p -> names.putAll(p.providerNamesOf(staffIds)));
        return names;
    }

    @Transactional
    public UUID registerUnit(String name, String sectorCode, boolean coordinatingUnit) {
        return registerUnit(name, sectorCode, coordinatingUnit, null);
    }

    /** A new unit, with the hours per month it has for coordination ({@code null}: not recorded). */
    @Transactional
    public UUID registerUnit(String name, String sectorCode, boolean coordinatingUnit, BigDecimal capacity) {
        Unit unit = units.save(new Unit(
                UUID.randomUUID(), name, sectorCode, coordinatingUnit, capacity, true, null, null, null, null, null));
        return unit.id();
    }

    /**
     * Changes a unit as the administrator saw it at {@code seenVersion}.
     *
     * @throws OptimisticLockingFailureException when someone changed it in the meantime
     */
    @Transactional
    public void changeUnit(
            UUID unitId,
            Integer seenVersion,
            String name,
            String sectorCode,
            boolean coordinatingUnit,
            BigDecimal capacity) {
        Unit unit = units.findById(unitId).orElseThrow(UnitNotFoundException::new);
        if (seenVersion == null || !seenVersion.equals(unit.version())) {
            throw new OptimisticLockingFailureException("unit changed by someone else");
        }
        units.save(unit.withDetails(name, sectorCode, coordinatingUnit, capacity));
    }

    @Transactional
    public UUID registerStaffMember(NewStaffMember member) {
        if (staff.findByUsername(member.username()).isPresent()) {
            throw new UsernameTakenException();
        }
        StaffMember saved = staff.save(new StaffMember(
                UUID.randomUUID(),
                member.username(),
                passwordEncoder.encode(member.password()),
                member.fullName(),
                member.role(),
                member.unitId(),
                member.email(),
                member.phone(),
                member.trainingStatus(),
                true,
                null,
                null,
                null,
                null,
                null));
        if (member.serviceProviderId() != null) {
            if (providerAccounts.isEmpty()) {
                throw new IllegalStateException("no module keeps provider contact accounts");
            }
            providerAccounts.forEach(a -> a.bind(saved.id(), member.serviceProviderId()));
        }
        return saved.id();
    }

    /**
     * A coordinator's account created by the coordinating unit for the person a family wished for
     * (docs/adr/0010): always role {@link StaffRole#COORDINATOR} in a municipal unit, never any other
     * role, with a generated first password that is returned once, to be shown once, and stored
     * only as its hash. The same registration as the administrator's ({@link #registerStaffMember}).
     */
    @Transactional
    public NewAccount registerCoordinator(String username, String fullName, UUID unitId, String email, String phone) {
        if (unitId == null || units.findById(unitId).isEmpty()) {
            throw new IllegalArgumentException("unknown unit");
        }
        String password = firstPassword();
        UUID id = registerStaffMember(new NewStaffMember(
                username, password, fullName, StaffRole.COORDINATOR, unitId, email, phone, TrainingStatus.NOT_STARTED));
        return new NewAccount(id, username, password);
    }

    /** 16 characters from an alphabet without look-alikes (about 90 bits), from a strong random source. */
    private static String firstPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static UnitSummary summary(Unit u) {
        return new UnitSummary(
                u.id(),
                u.name(),
                u.sectorCode(),
                u.coordinatingUnit(),
                u.coordinatorCapacity(),
                u.version(),
                u.active());
    }

    /** A new account; the password is hashed before it is stored. */
    public record NewStaffMember(
            String username,
            String password,
            String fullName,
            StaffRole role,
            UUID unitId,
            UUID serviceProviderId,
            String email,
            String phone,
            TrainingStatus trainingStatus) {

        /** A municipal employee, in a unit. */
        public NewStaffMember(
                String username,
                String password,
                String fullName,
                StaffRole role,
                UUID unitId,
                String email,
                String phone,
                TrainingStatus trainingStatus) {
            this(username, password, fullName, role, unitId, null, email, phone, trainingStatus);
        }
    }

    /** A new account and its first password, to be shown once and never stored in clear. */
    public record NewAccount(UUID id, String username, String firstPassword) {}

    /** The username is already in use. */
    public static class UsernameTakenException extends RuntimeException {
        UsernameTakenException() {
            super("username taken");
        }
    }
}
