package no.helhet.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.helhet.appointment.AppointmentService.AppointmentProblem;

/**
 * The rules of an appointment: whether the family's wish was followed (derived from what was wished
 * and whom was chosen), the family's consent to it (LAW.md §1 item 4), and the delegation decision
 * that gives the coordinator authority (§1 item 7).
 */
final class AppointmentRules {

    private AppointmentRules() {}

    static boolean wishFollowed(
            FamilyWish wish, UUID wishedStaffId, UUID wishedUnitId, UUID coordinatorId, UUID coordinatorUnitId) {
        return switch (wish) {
            case NONE -> true;
            case PERSON -> coordinatorId.equals(wishedStaffId);
            case UNIT -> coordinatorUnitId != null && coordinatorUnitId.equals(wishedUnitId);
        };
    }

    /**
     * The parents consent to the appointment, or the youth from {@code youthAge} (the setting
     * youth-health-consent-age); the consent is given on or before today.
     */
    static List<AppointmentProblem> consentProblems(
            AppointmentConsent consent, Optional<Integer> childAge, LocalDate today, int youthAge) {
        List<AppointmentProblem> problems = new ArrayList<>();
        if (consent == null || consent.givenBy() == null) {
            problems.add(new AppointmentProblem("consentGivenBy", "appointment.consent.required"));
        } else if (consent.givenBy() == AppointmentConsentGiver.YOUTH
                && childAge.map(age -> age < youthAge).orElse(true)) {
            problems.add(new AppointmentProblem("consentGivenBy", "appointment.consent.youthTooYoung", youthAge));
        }
        if (consent == null || consent.givenOn() == null) {
            problems.add(new AppointmentProblem("consentGivenOn", "appointment.consent.givenOn.required"));
        } else if (consent.givenOn().isAfter(today)) {
            problems.add(new AppointmentProblem("consentGivenOn", "PastOrPresent"));
        }
        return problems;
    }

    /** The delegation decision names who decided, when (not in the future), and the unit's leader. */
    static List<AppointmentProblem> delegationProblems(Delegation delegation, LocalDate today) {
        List<AppointmentProblem> problems = new ArrayList<>();
        if (delegation == null || blank(delegation.decidedBy())) {
            problems.add(new AppointmentProblem("delegationDecidedBy", "appointment.delegation.decidedBy.required"));
        }
        if (delegation == null || delegation.decidedOn() == null) {
            problems.add(new AppointmentProblem("delegationDecidedOn", "appointment.delegation.decidedOn.required"));
        } else if (delegation.decidedOn().isAfter(today)) {
            problems.add(new AppointmentProblem("delegationDecidedOn", "PastOrPresent"));
        }
        if (delegation == null || blank(delegation.unitLeader())) {
            problems.add(new AppointmentProblem("delegationUnitLeader", "appointment.delegation.unitLeader.required"));
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
