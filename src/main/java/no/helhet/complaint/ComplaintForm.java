package no.helhet.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

/** Registering a complaint; the scanned letter is checked by {@link ScanCheck}. */
@Getter
@Setter
class ComplaintForm {

    @NotNull(message = "{complaint.kind.required}")
    private ComplaintKind kind;

    @NotNull(message = "{complaint.receivedOn.required}")
    @PastOrPresent(message = "{complaint.receivedOn.future}")
    @org.springframework.format.annotation.DateTimeFormat(
            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    @NotNull(message = "{complaint.complainantKind.required}")
    private ComplainantKind complainantKind;

    private UUID guardianId;

    @Size(max = 200)
    private String representativeName;

    @Size(max = 1000)
    private String authority;

    @NotBlank(message = "{complaint.concerns.required}")
    private String concerns;

    @Size(max = 20000)
    private String text;

    private boolean helpedByKe;

    @Size(max = 4000)
    private String lateReason;

    private MultipartFile scan;
}
