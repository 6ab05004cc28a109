package no.helhet.appointment;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.appointment.AppointmentService.AppointmentDraft;
import no.helhet.support.Fixtures;

/** Appointment drafts for tests: complete (the child heard, the family's consent, the delegation). */
public final class AppointmentFixtures {

    private AppointmentFixtures() {}

    /** An appointment of a coordinator with no particular wish, consented to and delegated. */
    public static AppointmentDraft draft(UUID coordinatorId) {
        return draft(coordinatorId, null);
    }

    /** As {@link #draft(UUID)}, with the hours per month given for the appointment ({@code null}: not recorded). */
    public static AppointmentDraft draft(UUID coordinatorId, java.math.BigDecimal hoursPerMonth) {
        LocalDate lastWeek = LocalDate.now().minusWeeks(1);
        return new AppointmentDraft(
                coordinatorId,
                FamilyWish.NONE,
                WishedPerson.none(),
                null,
                Fixtures.childHeard(),
                null,
                new AppointmentConsent(AppointmentConsentGiver.GUARDIANS, lastWeek),
                new Delegation("Kommunalsjef Helse", lastWeek, null, "Enhetsleder Eva"),
                hoursPerMonth);
    }
}
