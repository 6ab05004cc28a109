package no.helhet.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.helhet.shared.ChildNotHeardReason;
import no.helhet.shared.ChildVoice;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A coordinator appointed for a family on a granting decision. */
@Table("appointment")
record Appointment(
        @Id UUID id,
        UUID decisionId,
        UUID coordinatorRequestId,
        UUID familyId,
        UUID coordinatorId,
        CoordinatorKind kind,
        FamilyWish familyWish,
        UUID wishedStaffId,
        UUID wishedUnitId,
        String wishedPersonName,
        String wishedPersonRole,
        String wishedPersonWorkplace,
        String wishedPersonContact,
        String childWish,
        String childWishHow,
        ChildNotHeardReason childNotHeardReason,
        String childWishWeighing,
        String reasonWishNotFollowed,
        AppointmentConsentGiver consentGivenBy,
        LocalDate consentGivenOn,
        String delegationDecidedBy,
        LocalDate delegationDecidedOn,
        String delegationUnitName,
        String delegationUnitLeader,
        LocalDate startsOn,
        LocalDate endedOn,
        EndReason endReason,
        UUID letterDocumentId,
        UUID replacesAppointmentId,
        String changeReason,
        String endNote,
        UUID endLetterDocumentId,
        LocalDate extendedTo,
        LocalDate reviewOn,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    WishedPerson wishedPerson() {
        return new WishedPerson(
                wishedPersonName, wishedPersonRole, wishedPersonWorkplace, wishedPersonContact, wishedStaffId);
    }

    ChildVoice childVoice() {
        return new ChildVoice(childWish, childWishHow, childNotHeardReason, childWishWeighing);
    }

    /** The family's consent; null on appointments made before it was recorded. */
    AppointmentConsent consent() {
        return consentGivenBy == null ? null : new AppointmentConsent(consentGivenBy, consentGivenOn);
    }

    /** The delegation decision; null on appointments made before it was recorded. */
    Delegation delegation() {
        return delegationDecidedBy == null
                ? null
                : new Delegation(delegationDecidedBy, delegationDecidedOn, delegationUnitName, delegationUnitLeader);
    }

    Appointment withLetter(UUID documentId) {
        return copy(wishedStaffId, documentId, endedOn, endReason, endNote, endLetterDocumentId, extendedTo, reviewOn);
    }

    /** The wished person linked to their staff account. */
    Appointment withWishedStaff(UUID staffId) {
        return copy(staffId, letterDocumentId, endedOn, endReason, endNote, endLetterDocumentId, extendedTo, reviewOn);
    }

    /** Ended on a day (the first day without this coordinator) for a reason, with a note. */
    Appointment ended(LocalDate on, EndReason reason, String note) {
        return copy(wishedStaffId, letterDocumentId, on, reason, note, endLetterDocumentId, extendedTo, reviewOn);
    }

    Appointment withEndLetter(UUID documentId) {
        return copy(wishedStaffId, letterDocumentId, endedOn, endReason, endNote, documentId, extendedTo, reviewOn);
    }

    /** Extended after 18 up to a day, with the next review. */
    Appointment extended(LocalDate to, LocalDate review) {
        return copy(wishedStaffId, letterDocumentId, endedOn, endReason, endNote, endLetterDocumentId, to, review);
    }

    /** This appointment with the mutable parts set (the rest unchanged). */
    private Appointment copy(
            UUID wishedStaff,
            UUID letter,
            LocalDate ended,
            EndReason reason,
            String note,
            UUID endLetter,
            LocalDate extendedUntil,
            LocalDate review) {
        return new Appointment(
                id,
                decisionId,
                coordinatorRequestId,
                familyId,
                coordinatorId,
                kind,
                familyWish,
                wishedStaff,
                wishedUnitId,
                wishedPersonName,
                wishedPersonRole,
                wishedPersonWorkplace,
                wishedPersonContact,
                childWish,
                childWishHow,
                childNotHeardReason,
                childWishWeighing,
                reasonWishNotFollowed,
                consentGivenBy,
                consentGivenOn,
                delegationDecidedBy,
                delegationDecidedOn,
                delegationUnitName,
                delegationUnitLeader,
                startsOn,
                ended,
                reason,
                letter,
                replacesAppointmentId,
                changeReason,
                note,
                endLetter,
                extendedUntil,
                review,
                version,
                createdAt,
                createdBy,
                modifiedAt,
                modifiedBy);
    }

    /**
     * The one rule for "the appointment is active" in SQL, the same as {@link #activeOn(LocalDate,
     * LocalDate, LocalDate)}: started on or before the day bound as {@code :date}, and not ended or
     * ended after it (the end date is the first day without a coordinator).
     */
    static final String ACTIVE_ON_DATE_SQL = "starts_on <= :date and (ended_on is null or ended_on > :date)";

    /** Whether the appointment holds on a date. */
    boolean activeOn(LocalDate date) {
        return activeOn(startsOn, endedOn, date);
    }

    /** The one rule for "the appointment is active", in Java; see {@link #ACTIVE_ON_DATE_SQL}. */
    static boolean activeOn(LocalDate startsOn, LocalDate endedOn, LocalDate date) {
        return !startsOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
    }
}
