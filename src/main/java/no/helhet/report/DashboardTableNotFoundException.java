package no.helhet.report;

import no.helhet.shared.NotFoundException;

/** No dashboard table with that name. */
class DashboardTableNotFoundException extends NotFoundException {

    DashboardTableNotFoundException() {
        super("table");
    }
}
