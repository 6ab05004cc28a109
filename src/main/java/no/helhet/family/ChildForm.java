package no.helhet.family;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One child on the family form: born (national id) or expected (date and kind); an empty row is ignored. */
class ChildForm {

    /** BORN or EXPECTED; empty for an unused row. */
    private String status;

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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getExpectedDate() {
        return expectedDate;
    }

    public void setExpectedDate(LocalDate expectedDate) {
        this.expectedDate = expectedDate;
    }

    public ExpectedKind getExpectedKind() {
        return expectedKind;
    }

    public void setExpectedKind(ExpectedKind expectedKind) {
        this.expectedKind = expectedKind;
    }
}
