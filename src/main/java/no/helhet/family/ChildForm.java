package no.helhet.family;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** One child on the family form: born (national id) or expected (date and kind); an empty row is ignored. */
@Getter
@Setter
class ChildForm {

    /** BORN or EXPECTED; empty for an unused row. */
    @Size(max = 20)
    private String status;

    @Size(max = 20)
    private String nationalId;

    @Size(max = 100)
    private String givenName;

    @Size(max = 100)
    private String familyName;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedDate;

    private ExpectedKind expectedKind;

    boolean blank() {
        return status == null
                && nationalId == null
                && givenName == null
                && familyName == null
                && expectedDate == null
                && expectedKind == null;
    }
}
