package no.helhet.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.family.FamilyGlance;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The family page's summary: the coordinator appointed now, with unit, phone and e-mail, or none. */
@Component
class CoordinatorGlance implements FamilyGlance {

    private final AppointmentRepository appointments;
    private final StaffDirectory staff;
    private final Clock clock;

    CoordinatorGlance(AppointmentRepository appointments, StaffDirectory staff, Clock clock) {
        this.appointments = appointments;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "appointment/glance";
    }

    @Override
    public String anchor() {
        return "section-appointment";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Coordinator> forFamilies(Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        List<Appointment> active = appointments.findActiveOnForFamilies(familyIds, LocalDate.now(clock));
        if (active.isEmpty()) {
            return Map.of();
        }
        Map<UUID, StaffSummary> people =
                staff.staffByIds(active.stream().map(Appointment::coordinatorId).toList());
        Map<UUID, Coordinator> byFamily = new LinkedHashMap<>();
        for (Appointment a : active) {
            StaffSummary person = people.get(a.coordinatorId());
            if (person != null) {
                byFamily.putIfAbsent(a.familyId(), new Coordinator(person, a.kind(), a.startsOn()));
            }
        }
        return byFamily;
    }

    /** The coordinator appointed now: who, what kind, since when. */
    record Coordinator(StaffSummary person, CoordinatorKind kind, LocalDate since) {}
}
