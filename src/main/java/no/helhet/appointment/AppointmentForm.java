package no.helhet.appointment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import no.helhet.shared.ChildNotHeardReason;
import no.helhet.shared.ChildVoice;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The appointment form: the family's wish (anyone, with or without an account) and the child's, the
 * chosen coordinator and why if the wish is not followed, the family's consent and the delegation.
 */
@Getter
@Setter
class AppointmentForm {

    @NotNull
    private FamilyWish familyWish;

    private UUID wishedStaffId;
    private UUID wishedUnitId;

    @Size(max = 4000)
    private String childWish;

    @NotNull
    private UUID coordinatorId;

    @Size(max = 4000)
    private String reasonWishNotFollowed;

    @Size(max = 200)
    private String wishedPersonName;

    @Size(max = 200)
    private String wishedPersonRole;

    @Size(max = 200)
    private String wishedPersonWorkplace;

    @Size(max = 200)
    private String wishedPersonContact;

    @Size(max = 400)
    private String childWishHow;

    private ChildNotHeardReason childNotHeardReason;

    @Size(max = 4000)
    private String childWishWeighing;

    private AppointmentConsentGiver consentGivenBy;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate consentGivenOn;

    @Size(max = 200)
    private String delegationDecidedBy;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate delegationDecidedOn;

    @Size(max = 200)
    private String delegationUnitLeader;

    /** Hours per month from the delegation, as typed (a comma or a point before the one decimal). */
    @jakarta.validation.constraints.Pattern(regexp = "\\s*(\\d{1,3}([.,]\\d)?)?\\s*")
    @Size(max = 20)
    private String hoursPerMonth;

    WishedPerson wishedPerson() {
        return new WishedPerson(
                wishedPersonName, wishedPersonRole, wishedPersonWorkplace, wishedPersonContact, wishedStaffId);
    }

    ChildVoice childVoice() {
        return new ChildVoice(childWish, childWishHow, childNotHeardReason, childWishWeighing);
    }

    AppointmentConsent consent() {
        return new AppointmentConsent(consentGivenBy, consentGivenOn);
    }

    Delegation delegation() {
        return new Delegation(delegationDecidedBy, delegationDecidedOn, null, delegationUnitLeader);
    }

    /** The hours as a number, or {@code null} when empty (call only once the form is valid). */
    java.math.BigDecimal hoursPerMonthValue() {
        return hoursPerMonth == null || hoursPerMonth.isBlank()
                ? null
                : new java.math.BigDecimal(hoursPerMonth.strip().replace(',', '.'));
    }

    /** That the caseworker has seen what will happen (the plain-HTML confirmation; the dialog ticks it). */
    @jakarta.validation.constraints.AssertTrue
    private boolean confirmed;
}
