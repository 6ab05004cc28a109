package no.helhet.appointment;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.shared.ChildVoice;

/** An appointment as pages see it. */
public record AppointmentView(
        UUID id,
        UUID decisionId,
        UUID requestId,
        UUID familyId,
        UUID coordinatorId,
        CoordinatorKind kind,
        FamilyWish familyWish,
        UUID wishedStaffId,
        WishedPerson wishedPerson,
        UUID wishedUnitId,
        String childWish,
        ChildVoice childVoice,
        String reasonWishNotFollowed,
        AppointmentConsent consent,
        Delegation delegation,
        LocalDate startsOn,
        LocalDate endedOn,
        UUID letterDocumentId,
        Integer version) {

    /** Whether the appointment holds on a date (started, and not ended or ended after it). */
    public boolean activeOn(LocalDate date) {
        return Appointment.activeOn(startsOn, endedOn, date);
    }

    static AppointmentView of(Appointment a) {
        return new AppointmentView(
                a.id(),
                a.decisionId(),
                a.coordinatorRequestId(),
                a.familyId(),
                a.coordinatorId(),
                a.kind(),
                a.familyWish(),
                a.wishedStaffId(),
                a.wishedPerson(),
                a.wishedUnitId(),
                a.childWish(),
                a.childVoice(),
                a.reasonWishNotFollowed(),
                a.consent(),
                a.delegation(),
                a.startsOn(),
                a.endedOn(),
                a.letterDocumentId(),
                a.version());
    }
}
