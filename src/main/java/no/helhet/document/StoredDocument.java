package no.helhet.document;

import java.util.UUID;

/** A stored document with its bytes. */
record StoredDocument(UUID id, UUID familyId, String fileName, String contentType, byte[] content) {}
