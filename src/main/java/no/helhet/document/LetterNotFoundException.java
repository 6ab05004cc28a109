package no.helhet.document;

import no.helhet.shared.NotFoundException;

/** No letter with that id. */
class LetterNotFoundException extends NotFoundException {

    LetterNotFoundException() {
        super("letter");
    }
}
