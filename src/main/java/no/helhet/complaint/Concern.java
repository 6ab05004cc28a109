package no.helhet.complaint;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Something a complaint can concern, with the letter that told the family about it and the complaint
 * period that letter started (empty while the letter is not recorded as sent).
 *
 * @param subject what kind of thing
 * @param id the decision's or appointment's id (for an end, the ended appointment's); empty for an end
 *     not recorded in Helhet or the service as a whole
 * @param requestId the case it belongs to
 * @param childId the child it is about
 * @param on the day it was decided, appointed or ended
 * @param labelKey the message key of what it was (a decision's outcome, a coordinator's kind)
 * @param letterDocumentId its letter (for an end, the end letter)
 * @param deadline the complaint period from the letter's receipt
 */
public record Concern(
        ComplaintSubject subject,
        UUID id,
        UUID requestId,
        UUID childId,
        LocalDate on,
        String labelKey,
        UUID letterDocumentId,
        Optional<ComplaintDeadline> deadline) {

    /** The value of the concern in the form's select. */
    public String value() {
        return id == null ? subject.name() : subject.name() + ":" + id;
    }

    static Concern without(ComplaintSubject subject) {
        return new Concern(subject, null, null, null, null, null, null, Optional.empty());
    }
}
