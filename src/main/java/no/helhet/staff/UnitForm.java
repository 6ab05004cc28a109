package no.helhet.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new unit, as the administrator enters it. */
class UnitForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    private String sectorCode;

    private boolean coordinatingUnit;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public boolean isCoordinatingUnit() {
        return coordinatingUnit;
    }

    public void setCoordinatingUnit(boolean coordinatingUnit) {
        this.coordinatingUnit = coordinatingUnit;
    }
}
