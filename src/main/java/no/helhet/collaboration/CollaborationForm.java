package no.helhet.collaboration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The three steps and the agreement with one provider for one child. */
class CollaborationForm {

    @NotNull
    private UUID childId;

    @NotNull
    private UUID providerId;

    private boolean givesServices;
    private boolean cooperationNeeded;

    @Size(max = 2000)
    private String needReason;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate contactedOn;

    @Size(max = 2000)
    private String agreementAbout;

    @Size(max = 2000)
    private String agreementExtent;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate agreementUntil;

    @Size(max = 2000)
    private String agreementOrganisation;

    private Integer version;

    static CollaborationForm of(Collaboration c) {
        CollaborationForm f = new CollaborationForm();
        f.childId = c.childId();
        f.providerId = c.serviceProviderId();
        f.givesServices = c.givesServices();
        f.cooperationNeeded = c.cooperationNeeded();
        f.needReason = c.needReason();
        f.contactedOn = c.contactedOn();
        f.agreementAbout = c.agreementAbout();
        f.agreementExtent = c.agreementExtent();
        f.agreementUntil = c.agreementUntil();
        f.agreementOrganisation = c.agreementOrganisation();
        f.version = c.version();
        return f;
    }

    CollaborationService.Steps toSteps() {
        return new CollaborationService.Steps(
                childId,
                providerId,
                givesServices,
                cooperationNeeded,
                needReason,
                contactedOn,
                agreementAbout,
                agreementExtent,
                agreementUntil,
                agreementOrganisation);
    }

    public UUID getChildId() {
        return childId;
    }

    public void setChildId(UUID childId) {
        this.childId = childId;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public void setProviderId(UUID providerId) {
        this.providerId = providerId;
    }

    public boolean isGivesServices() {
        return givesServices;
    }

    public void setGivesServices(boolean givesServices) {
        this.givesServices = givesServices;
    }

    public boolean isCooperationNeeded() {
        return cooperationNeeded;
    }

    public void setCooperationNeeded(boolean cooperationNeeded) {
        this.cooperationNeeded = cooperationNeeded;
    }

    public String getNeedReason() {
        return needReason;
    }

    public void setNeedReason(String needReason) {
        this.needReason = needReason;
    }

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public void setContactedOn(LocalDate contactedOn) {
        this.contactedOn = contactedOn;
    }

    public String getAgreementAbout() {
        return agreementAbout;
    }

    public void setAgreementAbout(String agreementAbout) {
        this.agreementAbout = agreementAbout;
    }

    public String getAgreementExtent() {
        return agreementExtent;
    }

    public void setAgreementExtent(String agreementExtent) {
        this.agreementExtent = agreementExtent;
    }

    public LocalDate getAgreementUntil() {
        return agreementUntil;
    }

    public void setAgreementUntil(LocalDate agreementUntil) {
        this.agreementUntil = agreementUntil;
    }

    public String getAgreementOrganisation() {
        return agreementOrganisation;
    }

    public void setAgreementOrganisation(String agreementOrganisation) {
        this.agreementOrganisation = agreementOrganisation;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
