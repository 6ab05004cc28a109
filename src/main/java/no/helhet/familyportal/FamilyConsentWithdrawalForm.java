package no.helhet.familyportal;

import jakarta.validation.constraints.AssertTrue;
import lombok.Getter;
import lombok.Setter;

/** Withdrawing a consent, confirmed (the confirm dialog, or its checkbox without JavaScript). */
@Getter
@Setter
class FamilyConsentWithdrawalForm {

    private int version;

    @AssertTrue
    private boolean confirmed;
}
