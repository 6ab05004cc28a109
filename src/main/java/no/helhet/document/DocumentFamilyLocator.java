package no.helhet.document;

import java.util.Optional;
import java.util.UUID;
import no.helhet.audit.FamilyLocator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The family of a stored document, for handlers whose address names a {@code documentId}: a
 * download of a document that does not exist, or of another family's, is "not found" before
 * anything is recorded as granted.
 */
@Component
class DocumentFamilyLocator implements FamilyLocator {

    private final JdbcClient jdbc;

    DocumentFamilyLocator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String idName() {
        return "documentId";
    }

    @Override
    public Optional<UUID> familyOf(UUID id) {
        return jdbc.sql("select family_id from document where id = :id")
                .param("id", id)
                .query(UUID.class)
                .optional();
    }
}
