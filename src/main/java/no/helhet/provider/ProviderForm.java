package no.helhet.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A provider's details as entered, with the version the user saw when changing one. */
class ProviderForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    private String organisationNumber;

    @NotNull
    private OwnerType ownerType;

    @NotBlank
    private String sectorCode;

    @NotBlank
    @Size(max = 200)
    private String law;

    @Size(max = 300)
    private String address;

    private Integer version;

    static ProviderForm of(ProviderSummary p) {
        ProviderForm f = new ProviderForm();
        f.name = p.name();
        f.organisationNumber = p.organisationNumber();
        f.ownerType = p.ownerType();
        f.sectorCode = p.sectorCode();
        f.law = p.law();
        f.address = p.address();
        f.version = p.version();
        return f;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }

    public OwnerType getOwnerType() {
        return ownerType;
    }

    public void setOwnerType(OwnerType ownerType) {
        this.ownerType = ownerType;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public String getLaw() {
        return law;
    }

    public void setLaw(String law) {
        this.law = law;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
