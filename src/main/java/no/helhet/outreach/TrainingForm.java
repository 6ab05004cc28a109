package no.helhet.outreach;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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

/** Registers a training session or guidance given. */
@Getter
@Setter
class TrainingForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotNull
    private TrainingKind kind;

    @NotBlank
    @Size(max = 200)
    private String topic;

    @NotEmpty(message = "{training.participants.required}")
    private Set<UUID> participantIds = new LinkedHashSet<>();
}
