package no.helhet.family;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A child's details as registered at birth or corrected, with the version the user saw. The
 * national id is never shown back in full: left empty on a correction, the registered one is kept.
 */
@Getter
@Setter
class ChildDetailsForm {

    @Size(max = 20)
    private String nationalId;

    @Size(max = 100)
    private String givenName;

    @Size(max = 100)
    private String familyName;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedDate;

    private ExpectedKind expectedKind;

    @NotNull
    private Integer version;

    static ChildDetailsForm of(Child child) {
        ChildDetailsForm form = new ChildDetailsForm();
        form.givenName = child.givenName();
        form.familyName = child.familyName();
        form.birthDate = child.birthDate();
        form.expectedDate = child.expectedDate();
        form.expectedKind = child.expectedKind();
        form.version = child.version();
        return form;
    }
}
