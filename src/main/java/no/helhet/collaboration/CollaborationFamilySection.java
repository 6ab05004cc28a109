package no.helhet.collaboration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.audit.AccessPolicy;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import no.helhet.provider.ProviderRegister;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import no.helhet.staff.UnitSummary;
import org.springframework.stereotype.Component;

/** The family page's cooperation: who coordinates, and per child and provider the three steps and the agreement. */
@Component
class CollaborationFamilySection implements FamilySection {

    private final CollaborationService collaborations;
    private final AppointmentService appointments;
    private final ProviderRegister providers;
    private final StaffDirectory staff;
    private final AccessPolicy policy;

    CollaborationFamilySection(
            CollaborationService collaborations,
            AppointmentService appointments,
            ProviderRegister providers,
            StaffDirectory staff,
            AccessPolicy policy) {
        this.collaborations = collaborations;
        this.appointments = appointments;
        this.providers = providers;
        this.staff = staff;
        this.policy = policy;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String template() {
        return "collaboration/family-section";
    }

    @Override
    public String headingKey() {
        return "collaboration.section";
    }

    @Override
    public Object data(FamilyDetails family) {
        UUID familyId = family.id();
        LocalDate today = collaborations.today();
        StaffSummary coordinator = appointments.forFamily(familyId).stream()
                .filter(a -> a.activeOn(today))
                .map(AppointmentView::coordinatorId)
                .findFirst()
                .flatMap(staff::findStaff)
                .orElse(null);
        List<Collaboration> found = collaborations.forFamily(familyId);
        Map<UUID, String> providerNames = providers.providerNames(
                found.stream().map(Collaboration::serviceProviderId).toList());
        Map<UUID, String> unitNames =
                staff.units().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        Map<UUID, CoordinationResponsibility> responsibilities = collaborations.responsibilities(familyId).stream()
                .collect(Collectors.toMap(CoordinationResponsibility::childId, r -> r));
        Predicate<Collaboration> mayContact = collaborations.contactAllowed(familyId);
        List<Row> rows = found.stream()
                .map(c -> new Row(c, providerNames.get(c.serviceProviderId()), mayContact.test(c)))
                .sorted(java.util.Comparator.comparing(Row::providerName))
                .toList();
        return new Data(
                familyId,
                coordinator,
                responsibilities,
                unitNames,
                rows,
                policy.mayCoordinate(familyId),
                policy.mayDoCaseWork());
    }

    record Row(Collaboration collaboration, String providerName, boolean mayContact) {}

    record Data(
            UUID familyId,
            StaffSummary coordinator,
            Map<UUID, CoordinationResponsibility> responsibilities,
            Map<UUID, String> unitNames,
            List<Row> rows,
            boolean mayRecord,
            boolean mayName) {}
}
