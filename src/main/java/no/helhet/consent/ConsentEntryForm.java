package no.helhet.consent;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a consent. */
@Getter
@Setter
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

    public void setInformation(Set<InformationKind> information) {
        this.information = information == null ? EnumSet.noneOf(InformationKind.class) : information;
    }
}
