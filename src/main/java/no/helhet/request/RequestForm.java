package no.helhet.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that registers a request. */
@Getter
@Setter
class RequestForm {

    @NotNull
    private RequestChannel channel;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    @NotNull
    private RequesterKind requesterKind;

    private UUID requesterGuardianId;

    @Size(max = 200)
    private String requesterName;

    @Size(max = 200)
    private String requesterRole;

    @Size(max = 10000)
    private String familyWords;

    private Set<UUID> childIds = new LinkedHashSet<>();
}
