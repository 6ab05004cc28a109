package no.helhet.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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

    /** Hours per month for coordination, as typed (a comma or a point before the one decimal). */
    @Pattern(regexp = "\\s*(\\d{1,4}([.,]\\d)?)?\\s*")
    private String coordinatorCapacity;

    /** False deactivates the unit: it is no longer offered for new accounts. */
    private boolean active;

    @NotNull
    private Integer version;

    static UnitEditForm of(Unit unit) {
        UnitEditForm form = new UnitEditForm();
        form.setName(unit.name());
        form.setSectorCode(unit.sectorCode());
        form.setCoordinatingUnit(unit.coordinatingUnit());
        form.setCoordinatorCapacity(
                unit.coordinatorCapacity() == null
                        ? null
                        : unit.coordinatorCapacity()
                                .stripTrailingZeros()
                                .toPlainString()
                                .replace('.', ','));
        form.setActive(unit.active());
        form.setVersion(unit.version());
        return form;
    }

    /** The capacity as a number, or {@code null} when empty (call only once the form is valid). */
    BigDecimal coordinatorCapacityValue() {
        return coordinatorCapacity == null || coordinatorCapacity.isBlank()
                ? null
                : new BigDecimal(coordinatorCapacity.strip().replace(',', '.'));
    }
}
