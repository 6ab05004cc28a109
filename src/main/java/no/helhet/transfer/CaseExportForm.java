package no.helhet.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Moving away: where to, and the family's consent to sending the case there. */
@Getter
@Setter
class CaseExportForm {

    @NotBlank
    @Size(max = 200)
    private String newMunicipality;

    @NotNull
    private ExportConsentGiver consentGivenBy;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate consentGivenOn;

    private int version;
}
