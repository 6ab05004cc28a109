package no.helhet.appointment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import org.springframework.stereotype.Component;

/** The family page's coordinators, present and past. */
@Component
class AppointmentFamilySection implements FamilySection {

    private final AppointmentService appointments;
    private final StaffDirectory staff;

    AppointmentFamilySection(AppointmentService appointments, StaffDirectory staff) {
        this.appointments = appointments;
        this.staff = staff;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "appointment/family-section";
    }

    @Override
    public String headingKey() {
        return "appointment.familySection";
    }

    @Override
    public Object data(FamilyDetails family) {
        UUID familyId = family.id();
        List<AppointmentView> list = appointments.forFamily(familyId);
        Set<UUID> people = new HashSet<>();
        list.forEach(a -> people.add(a.coordinatorId()));
        return new Data(list, staff.staffByIds(people), appointments.today());
    }

    record Data(List<AppointmentView> appointments, Map<UUID, StaffSummary> staff, java.time.LocalDate today) {}
}
