package no.helhet.document;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.helhet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores letters with the family's case; a stored document is never changed. */
@Service
public class DocumentService {

    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    UUID storePdf(UUID familyId, DocumentKind kind, String fileName, byte[] pdf) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into document (id, family_id, kind, file_name, content_type, content, created_at, created_by)
                        values (:id, :familyId, :kind, :fileName, 'application/pdf', :content, :at, :by)
                        """)
                .param("id", id)
                .param("familyId", familyId)
                .param("kind", kind.name())
                .param("fileName", fileName)
                .param("content", pdf)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", CurrentStaff.username())
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    public List<DocumentSummary> forFamily(UUID familyId) {
        return jdbc.sql("""
                        select id, family_id, kind, file_name, created_at, created_by from document
                        where family_id = :familyId order by created_at desc
                        """)
                .param("familyId", familyId)
                .query(DocumentSummary.class)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<DocumentSummary> findSummary(UUID documentId) {
        return jdbc.sql("select id, family_id, kind, file_name, created_at, created_by from document where id = :id")
                .param("id", documentId)
                .query(DocumentSummary.class)
                .optional();
    }

    /** The bytes of one of the family's stored documents (a letter to put in a case bundle). */
    @Transactional(readOnly = true)
    public Optional<byte[]> content(UUID familyId, UUID documentId) {
        return find(familyId, documentId).map(StoredDocument::content);
    }

    @Transactional(readOnly = true)
    Optional<StoredDocument> find(UUID familyId, UUID documentId) {
        return jdbc.sql("""
                        select id, family_id, file_name, content_type, content from document
                        where id = :id and family_id = :familyId
                        """)
                .param("id", documentId)
                .param("familyId", familyId)
                .query(StoredDocument.class)
                .optional();
    }
}
