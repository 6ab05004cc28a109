package no.helhet.document;

import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.FamilyAccess;
import no.helhet.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of stored letters, each one in the access log. */
@Controller
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.DOWNLOAD, what = "document")
    @GetMapping("/families/{familyId}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID familyId, @PathVariable UUID documentId) {
        StoredDocument document =
                documents.find(familyId, documentId).orElseThrow(() -> new NotFoundException("document"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document.content());
    }
}
