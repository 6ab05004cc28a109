package no.helhet.assessment;

import no.helhet.shared.NotFoundException;

/** No assessment with that id. */
public class AssessmentNotFoundException extends NotFoundException {

    public AssessmentNotFoundException() {
        super("assessment");
    }
}
