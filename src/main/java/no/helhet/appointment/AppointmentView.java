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
        EndReason endReason,
        String endNote,
        UUID endLetterDocumentId,
        UUID replacesAppointmentId,
        String changeReason,
        LocalDate extendedTo,
        LocalDate reviewOn,
        Integer version) {

    /** Whether the appointment holds on a date (started, and not ended or ended after it). */
    public boolean activeOn(LocalDate date) {
        return Appointment.activeOn(startsOn, endedOn, date);
    }

    /** Whether the appointment has not ended yet (it may end later: then it is still current). */
    public boolean current(LocalDate today) {
        return endedOn == null || endedOn.isAfter(today);
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
                a.endReason(),
                a.endNote(),
                a.endLetterDocumentId(),
                a.replacesAppointmentId(),
                a.changeReason(),
                a.extendedTo(),
                a.reviewOn(),
                a.version());
    }
}
