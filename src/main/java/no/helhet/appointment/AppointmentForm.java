package no.helhet.appointment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import no.helhet.shared.ChildNotHeardReason;
import no.helhet.shared.ChildVoice;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The appointment form: the family's wish (anyone, with or without an account) and the child's, the
 * chosen coordinator and why if the wish is not followed, the family's consent and the delegation.
 */
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

    public String getWishedPersonName() {
        return wishedPersonName;
    }

    public void setWishedPersonName(String wishedPersonName) {
        this.wishedPersonName = wishedPersonName;
    }

    public String getWishedPersonRole() {
        return wishedPersonRole;
    }

    public void setWishedPersonRole(String wishedPersonRole) {
        this.wishedPersonRole = wishedPersonRole;
    }

    public String getWishedPersonWorkplace() {
        return wishedPersonWorkplace;
    }

    public void setWishedPersonWorkplace(String wishedPersonWorkplace) {
        this.wishedPersonWorkplace = wishedPersonWorkplace;
    }

    public String getWishedPersonContact() {
        return wishedPersonContact;
    }

    public void setWishedPersonContact(String wishedPersonContact) {
        this.wishedPersonContact = wishedPersonContact;
    }

    public String getChildWishHow() {
        return childWishHow;
    }

    public void setChildWishHow(String childWishHow) {
        this.childWishHow = childWishHow;
    }

    public ChildNotHeardReason getChildNotHeardReason() {
        return childNotHeardReason;
    }

    public void setChildNotHeardReason(ChildNotHeardReason childNotHeardReason) {
        this.childNotHeardReason = childNotHeardReason;
    }

    public String getChildWishWeighing() {
        return childWishWeighing;
    }

    public void setChildWishWeighing(String childWishWeighing) {
        this.childWishWeighing = childWishWeighing;
    }

    public AppointmentConsentGiver getConsentGivenBy() {
        return consentGivenBy;
    }

    public void setConsentGivenBy(AppointmentConsentGiver consentGivenBy) {
        this.consentGivenBy = consentGivenBy;
    }

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public void setConsentGivenOn(LocalDate consentGivenOn) {
        this.consentGivenOn = consentGivenOn;
    }

    public String getDelegationDecidedBy() {
        return delegationDecidedBy;
    }

    public void setDelegationDecidedBy(String delegationDecidedBy) {
        this.delegationDecidedBy = delegationDecidedBy;
    }

    public LocalDate getDelegationDecidedOn() {
        return delegationDecidedOn;
    }

    public void setDelegationDecidedOn(LocalDate delegationDecidedOn) {
        this.delegationDecidedOn = delegationDecidedOn;
    }

    public String getDelegationUnitLeader() {
        return delegationUnitLeader;
    }

    public void setDelegationUnitLeader(String delegationUnitLeader) {
        this.delegationUnitLeader = delegationUnitLeader;
    }

    public FamilyWish getFamilyWish() {
        return familyWish;
    }

    public void setFamilyWish(FamilyWish familyWish) {
        this.familyWish = familyWish;
    }

    public UUID getWishedStaffId() {
        return wishedStaffId;
    }

    public void setWishedStaffId(UUID wishedStaffId) {
        this.wishedStaffId = wishedStaffId;
    }

    public UUID getWishedUnitId() {
        return wishedUnitId;
    }

    public void setWishedUnitId(UUID wishedUnitId) {
        this.wishedUnitId = wishedUnitId;
    }

    public String getChildWish() {
        return childWish;
    }

    public void setChildWish(String childWish) {
        this.childWish = childWish;
    }

    public UUID getCoordinatorId() {
        return coordinatorId;
    }

    public void setCoordinatorId(UUID coordinatorId) {
        this.coordinatorId = coordinatorId;
    }

    public String getReasonWishNotFollowed() {
        return reasonWishNotFollowed;
    }

    public void setReasonWishNotFollowed(String reasonWishNotFollowed) {
        this.reasonWishNotFollowed = reasonWishNotFollowed;
    }
}
