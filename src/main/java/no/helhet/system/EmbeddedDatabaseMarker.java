package no.helhet.system;

/** Present as a bean only when Helhet runs on its embedded PostgreSQL. */
public final class EmbeddedDatabaseMarker {}
