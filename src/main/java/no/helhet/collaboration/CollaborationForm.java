package no.helhet.collaboration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The three steps and the agreement with one provider for one child. */
@Getter
@Setter
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
}
