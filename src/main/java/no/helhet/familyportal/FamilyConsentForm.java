package no.helhet.familyportal;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import no.helhet.consent.ConsentRules.DigitalConsent;
import no.helhet.consent.InformationKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A consent a guardian gives in the family portal: for which child, which services, what information, until when. */
@Getter
@Setter
class FamilyConsentForm {

    @NotNull
    private UUID childId;

    private Set<UUID> providerIds = new LinkedHashSet<>();

    private Set<InformationKind> information = EnumSet.noneOf(InformationKind.class);

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    DigitalConsent toConsent() {
        return new DigitalConsent(childId, providerIds, information, expiresOn);
    }

    public void setProviderIds(Set<UUID> providerIds) {
        this.providerIds = providerIds == null ? new LinkedHashSet<>() : providerIds;
    }

    public void setInformation(Set<InformationKind> information) {
        this.information = information == null ? EnumSet.noneOf(InformationKind.class) : information;
    }
}
