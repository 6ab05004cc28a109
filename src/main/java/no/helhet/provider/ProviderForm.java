package no.helhet.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A provider's details as entered, with the version the user saw when changing one. */
@Getter
@Setter
class ProviderForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 20)
    private String organisationNumber;

    @NotNull
    private OwnerType ownerType;

    @NotBlank
    @Size(max = 50)
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
}
