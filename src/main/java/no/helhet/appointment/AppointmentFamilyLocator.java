package no.helhet.appointment;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family of an appointment, for handlers that declare {@code appointmentId}. */
@Component
class AppointmentFamilyLocator implements FamilyLocator {

    private final AppointmentRepository repository;

    AppointmentFamilyLocator(AppointmentRepository repository) {
        this.repository = repository;
    }

    @Override
    public String idName() {
        return "appointmentId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return repository.findById(id).map(Appointment::familyId);
    }
}
