package no.helhet.note;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A new note, possibly correcting an earlier one. */
@Getter
@Setter
class CaseNoteForm {

    private UUID childId;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate notedOn;

    @NotBlank
    @Size(max = 20000)
    private String text;

    private UUID corrects;
}
