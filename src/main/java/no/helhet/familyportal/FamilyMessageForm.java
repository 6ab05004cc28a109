package no.helhet.familyportal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import no.helhet.message.Messages;

/** A message the family writes to its coordinator. */
@Getter
@Setter
class FamilyMessageForm {

    @NotBlank
    @Size(max = Messages.MAX_LENGTH)
    private String body;
}
