package no.helhet.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A new unit, as the administrator enters it. */
@Getter
@Setter
class UnitForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 50)
    private String sectorCode;

    private boolean coordinatingUnit;
}
