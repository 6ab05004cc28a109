package no.helhet.transfer;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.stereotype.Component;

/** The family of a case export, for handlers that declare {@code caseExportId}. */
@Component
class CaseExportFamilyLocator implements FamilyLocator {

    private final CaseExportService exports;

    CaseExportFamilyLocator(CaseExportService exports) {
        this.exports = exports;
    }

    @Override
    public String idName() {
        return "caseExportId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return exports.familyOf(id);
    }
}
