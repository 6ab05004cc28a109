package no.helhet.appointment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The appointment form: the family's and the child's wish, the chosen coordinator, and why if the wish is not followed. */
class AppointmentForm {

    @NotNull
    private FamilyWish familyWish;

    private UUID wishedStaffId;
    private UUID wishedUnitId;

    @Size(max = 4000)
    private String childWish;

    @NotNull
    private UUID coordinatorId;

    @Size(max = 4000)
    private String reasonWishNotFollowed;

    /** Hours per month from the delegation, as typed (a comma or a point before the one decimal). */
    @Pattern(regexp = "\\s*(\\d{1,3}([.,]\\d)?)?\\s*")
    private String hoursPerMonth;

    public FamilyWish getFamilyWish() {
        return familyWish;
    }

    public void setFamilyWish(FamilyWish familyWish) {
        this.familyWish = familyWish;
    }

    public UUID getWishedStaffId() {
        return wishedStaffId;
    }

    public void setWishedStaffId(UUID wishedStaffId) {
        this.wishedStaffId = wishedStaffId;
    }

    public UUID getWishedUnitId() {
        return wishedUnitId;
    }

    public void setWishedUnitId(UUID wishedUnitId) {
        this.wishedUnitId = wishedUnitId;
    }

    public String getChildWish() {
        return childWish;
    }

    public void setChildWish(String childWish) {
        this.childWish = childWish;
    }

    public UUID getCoordinatorId() {
        return coordinatorId;
    }

    public void setCoordinatorId(UUID coordinatorId) {
        this.coordinatorId = coordinatorId;
    }

    public String getReasonWishNotFollowed() {
        return reasonWishNotFollowed;
    }

    public void setReasonWishNotFollowed(String reasonWishNotFollowed) {
        this.reasonWishNotFollowed = reasonWishNotFollowed;
    }

    public String getHoursPerMonth() {
        return hoursPerMonth;
    }

    public void setHoursPerMonth(String hoursPerMonth) {
        this.hoursPerMonth = hoursPerMonth;
    }

    /** The hours as a number, or {@code null} when empty (call only once the form is valid). */
    java.math.BigDecimal hoursPerMonthValue() {
        return hoursPerMonth == null || hoursPerMonth.isBlank()
                ? null
                : new java.math.BigDecimal(hoursPerMonth.strip().replace(',', '.'));
    }
}
