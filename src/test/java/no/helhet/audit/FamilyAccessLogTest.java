package no.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import no.helhet.document.AccessReports;
import no.helhet.family.FamilyDetails;
import no.helhet.shared.PageSlice;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffSummary;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import no.helhet.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The family's view of its access log (issue 14 item 6): it matches the access_log rows for the
 * family, names who in plain words, is paged newest first, costs the same statements however many
 * people are on a page, maps every declared "what" to an area with text in all three languages,
 * and its PDF/A-2 report passes veraPDF.
 */
@IntegrationTest
class FamilyAccessLogTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FamilyAccessLog log;

    @Autowired
    AccessReports reports;

    @Autowired
    StaffDirectory staff;

    @Autowired
    MessageSource messages;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void theFamilysViewMatchesTheAccessLogRowsNewestFirstInPlainWords() {
        FamilyDetails family = fixtures.aFamily("Innsynsen", 9);
        mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")).exchange();
        mvc.get()
                .uri("/families/" + family.id() + "/chronology")
                .with(fixtures.as("ke2"))
                .exchange();
        // a coordinator not appointed to the family, and a provider contact without consent: stopped
        mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord1")).exchange();
        mvc.get().uri("/families/" + family.id()).with(fixtures.as("skole")).exchange();
        mvc.get()
                .uri("/families/" + family.id() + "/access-log")
                .with(fixtures.as("kelead"))
                .exchange();

        List<Map<String, Object>> rows =
                jdbc.sql("""
                        select staff_id, username, role, action, what, outcome from access_log
                        where family_id = :id order by occurred_at desc, id desc
                        """).param("id", family.id()).query().listOfRows();
        List<FamilyAccessLogEntry> entries = log.all(family.id());
        assertThat(rows).hasSize(5);
        assertThat(entries).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            FamilyAccessLogEntry e = entries.get(i);
            assertThat(e.action().name()).as("row " + i).isEqualTo(row.get("action"));
            assertThat(e.outcome().name()).as("row " + i).isEqualTo(row.get("outcome"));
            assertThat(e.areaKey()).as("row " + i).isEqualTo(FamilyAccessLog.areaKey((String) row.get("what")));
            StaffSummary who =
                    staff.findStaffByUsername((String) row.get("username")).orElseThrow();
            assertThat(e.who().name()).as("row " + i).isEqualTo(who.fullName());
            assertThat(e.who().roleKey()).as("row " + i).isEqualTo("role." + row.get("role"));
        }
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).occurredAt())
                    .isBeforeOrEqualTo(entries.get(i - 1).occurredAt());
        }

        FamilyAccessLogEntry lead = entries.get(0);
        assertThat(lead.who().name()).isEqualTo("Randi Aas");
        assertThat(lead.who().kind()).isEqualTo(FamilyAccessLogEntry.WhoKind.STAFF);
        assertThat(lead.who().place())
                .isEqualTo(staff.findStaffByUsername("kelead").orElseThrow().unitName());
        assertThat(lead.areaKey()).isEqualTo("access-log.area.access-log");

        FamilyAccessLogEntry school = entries.stream()
                .filter(e -> e.who().kind() == FamilyAccessLogEntry.WhoKind.PROVIDER)
                .findFirst()
                .orElseThrow();
        assertThat(school.who().name()).isEqualTo("Kjell Rektor");
        assertThat(school.who().place()).isEqualTo("Solbakken skole");
        assertThat(school.denied()).isTrue();
        assertThat(entries)
                .filteredOn(e -> "Hanne Lie".equals(e.who().name()))
                .isNotEmpty()
                .allMatch(FamilyAccessLogEntry::denied);
        assertThat(entries)
                .filteredOn(e -> "Jonas Vik".equals(e.who().name()))
                .extracting(FamilyAccessLogEntry::areaKey)
                .contains("access-log.area.chronology");

        PageSlice<FamilyAccessLogEntry> first = log.page(family.id(), 0, 2);
        PageSlice<FamilyAccessLogEntry> second = log.page(family.id(), 1, 2);
        assertThat(first.total()).isEqualTo(rows.size());
        assertThat(first.items()).containsExactlyElementsOf(entries.subList(0, 2));
        assertThat(second.items()).containsExactlyElementsOf(entries.subList(2, 4));
    }

    @Test
    void aPageCostsTheSameStatementsWhateverTheNumberOfPeopleOnIt() {
        FamilyDetails few = fixtures.aFamily("Fåsen", 9);
        FamilyDetails many = fixtures.aFamily("Mangesen", 9);
        // the same kinds of people (staff and a provider contact), few of them or many
        for (int i = 0; i < 3; i++) {
            mvc.get().uri("/families/" + few.id()).with(fixtures.as("ke")).exchange();
            mvc.get().uri("/families/" + few.id()).with(fixtures.as("skole")).exchange();
        }
        for (String user : List.of("ke", "ke2", "kelead", "koord1", "koord2", "skole")) {
            mvc.get().uri("/families/" + many.id()).with(fixtures.as(user)).exchange();
        }
        int forFew = StatementCounter.record(() -> log.page(few.id(), 0, 20)).size();
        int forMany = StatementCounter.record(() -> log.page(many.id(), 0, 20)).size();
        assertThat(forMany).isEqualTo(forFew);
        assertThat(forMany).isLessThanOrEqualTo(6);
    }

    @Test
    void everyDeclaredWhatHasAnAreaWithTextInEveryLanguage() {
        List<String> whats = new ArrayList<>();
        handlers.getHandlerMethods().values().forEach(h -> {
            Method m = h.getMethod();
            FamilyAccess family = m.getAnnotation(FamilyAccess.class);
            CaseWorkAccess caseWork = m.getAnnotation(CaseWorkAccess.class);
            if (family != null) {
                whats.add(family.what());
            }
            if (caseWork != null) {
                whats.add(caseWork.what());
            }
        });
        whats.addAll(List.of(
                "worklist",
                "my-tasks",
                "outreach",
                "family.registered",
                "family.search",
                "retention",
                "my-families",
                "complaint.list",
                "provider-portal"));
        assertThat(whats).hasSizeGreaterThan(80);
        TreeSet<String> without = new TreeSet<>();
        whats.stream()
                .filter(w -> FamilyAccessLog.areaKey(w).equals(FamilyAccessLog.OTHER))
                .forEach(without::add);
        assertThat(without)
                .as("declared whats the family would read as 'other'")
                .isEmpty();

        TreeSet<String> keys = new TreeSet<>();
        whats.forEach(w -> keys.add(FamilyAccessLog.areaKey(w)));
        keys.add(FamilyAccessLog.OTHER);
        for (String language : List.of("nb", "nn", "en")) {
            for (String key : keys) {
                assertThat(messages.getMessage(key, null, null, Locale.forLanguageTag(language)))
                        .as(key + " in " + language)
                        .isNotBlank();
            }
        }
        assertThat(FamilyAccessLog.areaKey("plan.goal")).isEqualTo("access-log.area.plan");
        assertThat(FamilyAccessLog.areaKey("provider-portal.minutes")).isEqualTo("access-log.area.meeting");
        assertThat(FamilyAccessLog.areaKey("family.export.json")).isEqualTo("access-log.area.privacy");
        assertThat(FamilyAccessLog.areaKey("something.new")).isEqualTo(FamilyAccessLog.OTHER);
    }

    @Test
    void theReportIsPdfA2InEachLanguageAndListsWhoWhenAndWhat() {
        FamilyDetails family = fixtures.aFamily("Rapportsen", 9);
        mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")).exchange();
        mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord1")).exchange();

        byte[] nb = reports.render(family.id(), "nb", LocalDate.now());
        assertThat(PdfA.validate(nb).isCompliant()).as("veraPDF PDF/A-2a").isTrue();
        String text = PdfA.text(nb).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Hvem har sett opplysningene deres")
                .contains("Kari Nordmann")
                .contains("Saksbehandler, koordinerende enhet")
                .contains("Opplysninger om familien og barna")
                .contains("Stoppet: Leste")
                .contains("Hanne Lie")
                .doesNotContain(family.guardians().get(0).maskedNationalId());

        byte[] nn = reports.render(family.id(), "nn", LocalDate.now());
        assertThat(PdfA.validate(nn).isCompliant()).isTrue();
        assertThat(PdfA.text(nn).replaceAll("\\s+", " ")).contains("Kven har sett opplysningane dykkar");
        byte[] en = reports.render(family.id(), "en", LocalDate.now());
        assertThat(PdfA.validate(en).isCompliant()).isTrue();
        assertThat(PdfA.text(en).replaceAll("\\s+", " ")).contains("Who has seen your information");
    }
}
