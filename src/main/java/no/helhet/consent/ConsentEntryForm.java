package no.helhet.consent;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a consent. */
class ConsentEntryForm {

    @NotNull
    private UUID childId;

    @NotNull
    private ConsentGiver givenBy = ConsentGiver.GUARDIANS;

    private Set<UUID> guardianIds = new LinkedHashSet<>();
    private Set<UUID> providerIds = new LinkedHashSet<>();
    private Set<InformationKind> information = EnumSet.noneOf(InformationKind.class);

    @NotNull
    private ConsentForm form = ConsentForm.WRITTEN;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate givenOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    ConsentRules.NewConsent toConsent() {
        return new ConsentRules.NewConsent(
                childId,
                givenBy,
                givenBy == ConsentGiver.GUARDIANS ? guardianIds : Set.of(),
                providerIds,
                information,
                form,
                givenOn,
                expiresOn);
    }

    public UUID getChildId() {
        return childId;
    }

    public void setChildId(UUID childId) {
        this.childId = childId;
    }

    public ConsentGiver getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(ConsentGiver givenBy) {
        this.givenBy = givenBy;
    }

    public Set<UUID> getGuardianIds() {
        return guardianIds;
    }

    public void setGuardianIds(Set<UUID> guardianIds) {
        this.guardianIds = guardianIds;
    }

    public Set<UUID> getProviderIds() {
        return providerIds;
    }

    public void setProviderIds(Set<UUID> providerIds) {
        this.providerIds = providerIds;
    }

    public Set<InformationKind> getInformation() {
        return information;
    }

    public void setInformation(Set<InformationKind> information) {
        this.information = information == null ? EnumSet.noneOf(InformationKind.class) : information;
    }

    public ConsentForm getForm() {
        return form;
    }

    public void setForm(ConsentForm form) {
        this.form = form;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
