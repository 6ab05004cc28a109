package no.helhet.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** An existing unit as the administrator changes it; the version it was loaded with guards a concurrent edit. */
@Getter
@Setter
class UnitEditForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    private String sectorCode;

    private boolean coordinatingUnit;

    /** False deactivates the unit: it is no longer offered for new accounts. */
    private boolean active;

    @NotNull
    private Integer version;

    static UnitEditForm of(Unit unit) {
        UnitEditForm form = new UnitEditForm();
        form.setName(unit.name());
        form.setSectorCode(unit.sectorCode());
        form.setCoordinatingUnit(unit.coordinatingUnit());
        form.setActive(unit.active());
        form.setVersion(unit.version());
        return form;
    }
}
