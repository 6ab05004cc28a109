package no.helhet.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.task.TaskCandidate;
import no.helhet.task.TaskCandidates;
import no.helhet.task.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task for the family's appointed coordinator when a consent expires within 30 days, due on its
 * last day, so that the family can be asked whether to renew it (not for a consent given digitally
 * that is still pending: it has never been active).
 */
@Component
class ExpiringConsentTasks implements TaskCandidates {

    static final int WITHIN_DAYS = 30;

    private final ConsentRepository consents;
    private final AppointmentService appointments;

    ExpiringConsentTasks(ConsentRepository consents, AppointmentService appointments) {
        this.consents = consents;
        this.appointments = appointments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskCandidate> candidates(LocalDate today) {
        Map<UUID, List<UUID>> coordinators = appointments.activeOn(today).stream()
                .collect(Collectors.groupingBy(
                        AppointmentView::familyId,
                        Collectors.mapping(AppointmentView::coordinatorId, Collectors.toList())));
        return consents.findByWithdrawnAtIsNullAndExpiresOnBetween(today, today.plusDays(WITHIN_DAYS)).stream()
                .filter(c -> !ConsentView.of(c).pending())
                .flatMap(c -> coordinators.getOrDefault(c.familyId(), List.of()).stream()
                        .distinct()
                        .map(owner -> new TaskCandidate(
                                TaskSource.CONSENT_EXPIRING, c.id(), owner, c.familyId(), c.expiresOn())))
                .toList();
    }
}
