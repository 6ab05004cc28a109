package no.helhet.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a family's consents with whom they were given by and what they cover in four statements
 * however many there are (the repository loads four collections per consent); a guardian's confirmation of a consent given digitally comes with the guardians named on it.
 */
@Repository
class ConsentQueries {

    private final JdbcClient jdbc;

    ConsentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The family's consents, newest given first. */
    List<ConsentView> forFamily(UUID familyId) {
        List<Row> rows = jdbc.sql("""
                        select id, family_id, child_id, given_by, form, given_on, expires_on, withdrawn_at,
                               created_by, form_document_id, version, given_by_guardian_id
                        from consent where family_id = :familyId
                        order by given_on desc, created_at desc, id
                        """)
                .param("familyId", familyId)
                .query((rs, n) -> {
                    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
                    return new Row(
                            rs.getObject("id", UUID.class),
                            rs.getObject("family_id", UUID.class),
                            rs.getObject("child_id", UUID.class),
                            ConsentGiver.valueOf(rs.getString("given_by")),
                            ConsentForm.valueOf(rs.getString("form")),
                            rs.getDate("given_on").toLocalDate(),
                            rs.getDate("expires_on") == null
                                    ? null
                                    : rs.getDate("expires_on").toLocalDate(),
                            withdrawn == null ? null : withdrawn.toInstant(),
                            rs.getString("created_by"),
                            rs.getObject("form_document_id", UUID.class),
                            rs.getInt("version"),
                            rs.getObject("given_by_guardian_id", UUID.class));
                })
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        List<Confirmation> named = jdbc.sql("""
                        select g.consent_id, g.guardian_id, c.confirmed_at
                        from consent_guardian g
                        left join consent_confirmation c on c.consent_id = g.consent_id and c.guardian_id = g.guardian_id
                        where g.consent_id = any(:ids)
                        """)
                .param("ids", ids)
                .query((rs, n) -> {
                    Timestamp confirmed = rs.getTimestamp("confirmed_at");
                    return new Confirmation(
                            rs.getObject("consent_id", UUID.class),
                            rs.getObject("guardian_id", UUID.class),
                            confirmed == null ? null : confirmed.toInstant());
                })
                .list();
        Map<UUID, Set<UUID>> guardians = named.stream()
                .collect(Collectors.groupingBy(
                        Confirmation::consentId, Collectors.mapping(Confirmation::guardianId, Collectors.toSet())));
        Map<UUID, Map<UUID, Instant>> confirmations = named.stream()
                .filter(c -> c.confirmedAt() != null)
                .collect(Collectors.groupingBy(
                        Confirmation::consentId,
                        Collectors.toMap(Confirmation::guardianId, Confirmation::confirmedAt)));
        Map<UUID, Set<UUID>> providers = pairs("select consent_id, service_provider_id from consent_provider", ids);
        Map<UUID, Set<InformationKind>> information = jdbc
                .sql("select consent_id, kind from consent_information where consent_id = any(:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(
                        rs.getObject("consent_id", UUID.class), InformationKind.valueOf(rs.getString("kind"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        return rows.stream()
                .map(r -> new ConsentView(
                        r.id(),
                        r.familyId(),
                        r.childId(),
                        r.givenBy(),
                        r.form(),
                        r.givenOn(),
                        r.expiresOn(),
                        r.withdrawnAt(),
                        guardians.getOrDefault(r.id(), Set.of()),
                        providers.getOrDefault(r.id(), Set.of()),
                        information.getOrDefault(r.id(), Set.of()),
                        r.recordedBy(),
                        r.formDocumentId(),
                        r.version(),
                        r.givenByGuardianId(),
                        confirmations.getOrDefault(r.id(), Map.of())))
                .toList();
    }

    /** Rows of (consent id, other id) from a consent's collection table, grouped by consent. */
    private Map<UUID, Set<UUID>> pairs(String select, UUID[] consentIds) {
        return jdbc
                .sql(select + " where consent_id = any(:ids)")
                .param("ids", consentIds)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    }

    private record Row(
            UUID id,
            UUID familyId,
            UUID childId,
            ConsentGiver givenBy,
            ConsentForm form,
            java.time.LocalDate givenOn,
            java.time.LocalDate expiresOn,
            java.time.Instant withdrawnAt,
            String recordedBy,
            UUID formDocumentId,
            int version,
            UUID givenByGuardianId) {}

    /** A guardian named on a consent, and when they confirmed it (given digitally), if they have. */
    private record Confirmation(UUID consentId, UUID guardianId, Instant confirmedAt) {}
}
