package no.helhet.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.staff.LoginAttemptRetention;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GDPR: a family's data exported in full (the tables found from the catalogue, checked here against
 * an independent search of the schema), only for the KE lead and logged; retention lists and erases
 * closed cases past the period, keeps the access log and leaves a record without content; the login
 * log is kept 90 days.
 */
@IntegrationTest
class PrivacyTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FamilyDataCatalogue catalogue;

    @Autowired
    Retention retention;

    @Autowired
    LoginAttemptRetention loginAttempts;

    @Test
    void everyTableWithAPathToAFamilyOrAFamilyColumnIsCoveredAndOnlyTheAccessLogIsKept() {
        // Independent of the catalogue's code: every table with a chain of foreign keys to family,
        // and every table with a column naming a family, a child or a guardian.
        Set<String> holdingFamilyData =
                new TreeSet<>(jdbc.sql("""
                        with recursive reach(oid) as (
                            select 'family'::regclass::oid
                            union
                            select c.conrelid from pg_constraint c join reach r on c.confrelid = r.oid where c.contype = 'f'
                        )
                        select relname::text from pg_class where oid in (select oid from reach)
                        union
                        select table_name::text from information_schema.columns
                        where table_schema = current_schema() and column_name in ('family_id', 'child_id', 'guardian_id')
                        """).query(String.class).list());
        assertThat(holdingFamilyData)
                .contains("family", "child", "guardian", "coordinator_request", "case_note", "access_log");

        List<FamilyDataCatalogue.FamilyTable> tables = catalogue.tables();
        assertThat(tables.stream().map(FamilyDataCatalogue.FamilyTable::name))
                .as("tables holding family data that the export and the erasure do not cover")
                .containsAll(holdingFamilyData);
        assertThat(tables.get(0).name()).isEqualTo("family");
        assertThat(tables.stream()
                        .filter(FamilyDataCatalogue.FamilyTable::kept)
                        .map(FamilyDataCatalogue.FamilyTable::name))
                .containsExactly("access_log");
    }

    @Test
    void theLeadExportsEverythingAboutOneFamilyAsJsonAndPdfAAndNothingAboutAnother() throws Exception {
        FamilyDetails family = fixtures.aFamily("Eksportsen", 9);
        FamilyDetails other = fixtures.aFamily("Annensen", 7);
        fixtures.aRequest(family, LocalDate.now().minusDays(2));
        fixtures.aRequest(other, LocalDate.now().minusDays(2));
        aNote(family, "Samtale med mor om skolen.");
        assertThat(mvc.get().uri("/families/{id}", family.id()).with(fixtures.as("ke")))
                .hasStatusOk();

        MvcTestResult json = mvc.get()
                .uri("/families/{id}/export.json", family.id())
                .with(fixtures.as("kelead"))
                .exchange();
        assertThat(json).hasStatusOk().hasContentType("application/json");
        JsonNode export =
                JsonMapper.builder().build().readTree(json.getResponse().getContentAsByteArray());
        JsonNode tables = export.get("tables");
        assertThat(tables.get("family").get(0).get("id").asString())
                .isEqualTo(family.id().toString());
        assertThat(tables.get("family").size()).isEqualTo(1);
        assertThat(tables.get("child").size()).isEqualTo(1);
        assertThat(tables.get("guardian").size()).isEqualTo(1);
        assertThat(tables.get("coordinator_request").size()).isEqualTo(1);
        assertThat(tables.get("case_note").get(0).get("text").asString()).isEqualTo("Samtale med mor om skolen.");
        assertThat(tables.get("access_log").size())
                .as("who read the family's data")
                .isPositive();
        String text = json.getResponse().getContentAsString();
        assertThat(text)
                .contains("Eksportsen")
                .doesNotContain("Annensen")
                .doesNotContain(other.id().toString());

        MvcTestResult pdf = mvc.get()
                .uri("/families/{id}/export.pdf", family.id())
                .with(fixtures.as("kelead"))
                .exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        assertThat(PdfA.validate(bytes).isCompliant()).isTrue();
        assertThat(PdfA.text(bytes))
                .contains("Eksportsen", "Samtale med mor om skolen.")
                .doesNotContain("Annensen");

        assertThat(mvc.get().uri("/families/{id}/export.json", family.id()).with(fixtures.as("ke")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql(
                                "select username || ' ' || outcome from access_log where family_id = :f and what like 'family.export%'"
                                        + " order by id")
                        .param("f", family.id())
                        .query(String.class)
                        .list())
                .containsExactly("kelead GRANTED", "kelead GRANTED", "ke DENIED");
    }

    @Test
    void aClosedCasePastThePeriodIsListedForTheLeadThenErasedLeavingTheAccessLogAndARecordWithoutContent() {
        // The page asks the injected clock for today; the job is given the day.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        LocalDate closedLongAgo = today.minusYears(10).minusMonths(1);
        FamilyDetails old = fixtures.aFamily("Gammelsak", 10);
        FamilyDetails recent = fixtures.aFamily("Nyligsak", 10);
        FamilyDetails waiting = fixtures.aFamily("Ventesak", 10);
        refusedOn(old, fixtures.aRequest(old, closedLongAgo.minusMonths(2)), closedLongAgo);
        refusedOn(
                recent,
                fixtures.aRequest(recent, closedLongAgo.minusMonths(2)),
                today.minusYears(10).plusDays(1));
        fixtures.aRequest(waiting, closedLongAgo.minusMonths(2));
        aNote(old, "Et notat som skal bort.");
        assertThat(mvc.get().uri("/families/{id}", old.id()).with(fixtures.as("ke")))
                .hasStatusOk();

        List<UUID> due =
                retention.due(today).stream().map(Retention.Due::familyId).toList();
        assertThat(due).contains(old.id()).doesNotContain(recent.id(), waiting.id());
        assertThat(retention.due(today).stream()
                        .filter(d -> d.familyId().equals(old.id()))
                        .findFirst()
                        .orElseThrow()
                        .dueFrom())
                .isEqualTo(closedLongAgo.plusYears(10));

        assertThat(mvc.get().uri("/retention").with(fixtures.as("kelead")))
                .hasStatusOk()
                .bodyText()
                .contains("Gammelsak");
        assertThat(mvc.get().uri("/retention").with(fixtures.as("ke"))).hasStatus(HttpStatus.FORBIDDEN);

        long logRows = count("access_log", old.id());
        assertThat(retention.eraseDue(today)).isGreaterThanOrEqualTo(1);

        for (String table : List.of("family", "child", "guardian", "coordinator_request", "case_note")) {
            String column = table.equals("family") ? "id" : "family_id";
            assertThat(jdbc.sql("select count(*) from " + table + " where " + column + " = :f")
                            .param("f", old.id())
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(count("access_log", old.id()))
                .as("the access log is append-only and keeps its rows")
                .isEqualTo(logRows);
        assertThat(count("coordinator_request", recent.id())).isEqualTo(1);
        assertThat(count("coordinator_request", waiting.id())).isEqualTo(1);

        Map<String, Object> record = jdbc.sql("select * from erasure_record order by id desc limit 1")
                .query()
                .singleRow();
        assertThat(record.keySet()).containsExactlyInAnyOrder("id", "erased_at", "rule", "families", "rows_deleted");
        assertThat(record.get("rule")).isEqualTo("closed case + P10Y");
        assertThat((Integer) record.get("rows_deleted")).isGreaterThanOrEqualTo(5);
        assertThat(record.values().stream().map(String::valueOf))
                .noneMatch(v -> v.contains("Gammelsak") || v.contains(old.id().toString()));
        assertThat(mvc.get().uri("/retention").with(fixtures.as("kelead")))
                .bodyText()
                .doesNotContain("Gammelsak")
                .contains("closed case + P10Y");
    }

    @Test
    void caseNotesStayAppendOnlyOutsideAnErasure() {
        FamilyDetails family = fixtures.aFamily("Notatsen", 8);
        aNote(family, "Skal stå.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from case_note where family_id = :f")
                        .param("f", family.id())
                        .update())
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                                select set_config('helhet.erasure', :other, false);
                                delete from case_note where family_id = :f
                                """)
                        .param("other", UUID.randomUUID().toString())
                        .param("f", family.id())
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void loginAttemptsOlderThanNinetyDaysAreDeleted() {
        jdbc.sql("insert into login_attempt (attempted_at, username, client_address, outcome)"
                        + " values (now() - interval '91 days', 'gammel-forsok', '192.0.2.9', 'FAILURE'),"
                        + " (now() - interval '89 days', 'nyere-forsok', '192.0.2.9', 'FAILURE')")
                .update();
        assertThat(loginAttempts.deleteOld()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select username from login_attempt where client_address = '192.0.2.9'")
                        .query(String.class)
                        .list())
                .containsExactly("nyere-forsok");
    }

    private void refusedOn(FamilyDetails family, UUID requestId, LocalDate day) {
        jdbc.sql("update coordinator_request set status = 'REFUSED', closed_on = :d, decided_on = :d where id = :id")
                .param("d", Date.valueOf(day))
                .param("id", requestId)
                .update();
    }

    private void aNote(FamilyDetails family, String text) {
        jdbc.sql("""
                        insert into case_note (id, family_id, noted_on, text, author_username, author_name, author_role, created_at)
                        values (:id, :f, current_date, :text, 'ke', 'Kari Saksbehandler', 'KE_CASEWORKER', now())
                        """)
                .param("id", UUID.randomUUID())
                .param("f", family.id())
                .param("text", text)
                .update();
    }

    private long count(String table, UUID familyId) {
        return jdbc.sql("select count(*) from " + table + " where family_id = :f")
                .param("f", familyId)
                .query(Long.class)
                .single();
    }
}
