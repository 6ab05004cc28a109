package no.helhet.family;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A child's details as registered at birth or corrected, with the version the user saw. The
 * national id is never shown back in full: left empty on a correction, the registered one is kept.
 */
class ChildDetailsForm {

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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
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

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
