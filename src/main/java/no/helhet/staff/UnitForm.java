package no.helhet.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/** A unit as the administrator enters or changes it, with the version seen when changing one. */
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

    /** Hours per month for coordination, as typed (a comma or a point before the one decimal). */
    @Pattern(regexp = "\\s*(\\d{1,4}([.,]\\d)?)?\\s*")
    private String coordinatorCapacity;

    private Integer version;

    static UnitForm of(UnitSummary u) {
        UnitForm f = new UnitForm();
        f.name = u.name();
        f.sectorCode = u.sectorCode();
        f.coordinatingUnit = u.coordinatingUnit();
        f.coordinatorCapacity = u.coordinatorCapacity() == null
                ? null
                : u.coordinatorCapacity().stripTrailingZeros().toPlainString().replace('.', ',');
        f.version = u.version();
        return f;
    }

    /** The capacity as a number, or {@code null} when empty (call only once the form is valid). */
    BigDecimal coordinatorCapacityValue() {
        return coordinatorCapacity == null || coordinatorCapacity.isBlank()
                ? null
                : new BigDecimal(coordinatorCapacity.strip().replace(',', '.'));
    }
}
