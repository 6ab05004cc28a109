package no.helhet.meeting;

import jakarta.validation.constraints.AssertTrue;
import lombok.Getter;
import lombok.Setter;

/** Approving the minutes: the version seen and that the user has seen what approval does. */
@Getter
@Setter
class MinutesApprovalForm {

    private Integer version;

    /** That the user has seen what will happen (the plain-HTML confirmation; the dialog ticks it). */
    @AssertTrue
    private boolean confirmed;

    static MinutesApprovalForm of(Meeting m) {
        MinutesApprovalForm f = new MinutesApprovalForm();
        f.version = m.version();
        return f;
    }
}
