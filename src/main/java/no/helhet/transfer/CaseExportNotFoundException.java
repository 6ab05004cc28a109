package no.helhet.transfer;

import no.helhet.shared.NotFoundException;

/** No case export with that id. */
class CaseExportNotFoundException extends NotFoundException {

    CaseExportNotFoundException() {
        super("case export");
    }
}
