package no.helhet.appointment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.family.FamilyDetails;
import no.helhet.request.CaseSection;
import no.helhet.request.RequestSummary;
import no.helhet.shared.SelectOption;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import org.springframework.stereotype.Component;

/** The case page's appointment, and the way to appoint after a granting decision. */
@Component
class AppointmentCaseSection implements CaseSection {

    private final AppointmentService appointments;
    private final DecisionService decisions;
    private final StaffDirectory staff;

    AppointmentCaseSection(AppointmentService appointments, DecisionService decisions, StaffDirectory staff) {
        this.appointments = appointments;
        this.decisions = decisions;
        this.staff = staff;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "appointment/case-section";
    }

    @Override
    public Object data(RequestSummary request, FamilyDetails family) {
        List<AppointmentView> list = appointments.forRequest(request.id());
        Set<UUID> appointedDecisions = new HashSet<>();
        list.forEach(a -> appointedDecisions.add(a.decisionId()));
        DecisionView toAppoint = decisions.forRequest(request.id()).stream()
                .filter(d -> d.outcome().granted() && !appointedDecisions.contains(d.id()))
                .reduce((first, second) -> second)
                .orElse(null);
        Set<UUID> people = new HashSet<>();
        list.forEach(a -> {
            people.add(a.coordinatorId());
            people.add(a.wishedStaffId());
        });
        people.remove(null);
        Map<UUID, StaffSummary> byId = staff.staffByIds(people);
        boolean unlinked = list.stream().anyMatch(a -> a.wishedPerson().name() != null && a.wishedStaffId() == null);
        List<SelectOption> accounts = unlinked
                ? SelectOption.of(
                        staff.coordinatorCandidates(), StaffSummary::id, c -> c.fullName() + " (" + c.unitName() + ")")
                : List.of();
        return new Data(list, byId, toAppoint, accounts);
    }

    record Data(
            List<AppointmentView> appointments,
            Map<UUID, StaffSummary> staff,
            DecisionView toAppoint,
            List<SelectOption> accountOptions) {}
}
