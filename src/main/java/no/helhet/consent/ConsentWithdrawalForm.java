package no.helhet.consent;

import jakarta.validation.constraints.AssertTrue;
import lombok.Getter;
import lombok.Setter;

/** Withdrawing a consent: the version seen and that the user has seen who loses access. */
@Getter
@Setter
class ConsentWithdrawalForm {

    private Integer version;

    /** That the user has seen what will happen (the plain-HTML confirmation; the dialog sets it). */
    @AssertTrue
    private boolean confirmed;
}
