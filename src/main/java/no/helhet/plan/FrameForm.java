package no.helhet.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** Who leads the plan work, the plan period, and when it is evaluated and revised. */
class FrameForm {

    private UUID leadStaffId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodUntil;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextEvaluationOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate revisionOn;

    private Integer version;

    public UUID getLeadStaffId() {
        return leadStaffId;
    }

    public void setLeadStaffId(UUID leadStaffId) {
        this.leadStaffId = leadStaffId;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodUntil() {
        return periodUntil;
    }

    public void setPeriodUntil(LocalDate periodUntil) {
        this.periodUntil = periodUntil;
    }

    public LocalDate getNextEvaluationOn() {
        return nextEvaluationOn;
    }

    public void setNextEvaluationOn(LocalDate nextEvaluationOn) {
        this.nextEvaluationOn = nextEvaluationOn;
    }

    public LocalDate getRevisionOn() {
        return revisionOn;
    }

    public void setRevisionOn(LocalDate revisionOn) {
        this.revisionOn = revisionOn;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
