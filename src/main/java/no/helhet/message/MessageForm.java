package no.helhet.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** A message written to the family: the thread (the guardians', or a youth's) and the text. */
@Getter
@Setter
public class MessageForm {

    /** The youth whose thread it goes to; empty for the guardians' thread. */
    private UUID youthId;

    @NotBlank
    @Size(max = Messages.MAX_LENGTH)
    private String body;
}
