package no.helhet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import no.helhet.appointment.AppointmentService;
import no.helhet.family.FamilyDetails;
import no.helhet.plan.PlanFixtures;
import no.helhet.plan.PlanService;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffFixtures;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Each dashboard figure against a count made by hand over a fixed data set. The test has a context
 * (and so a database) of its own, so that no other test's families are counted:
 *
 * <ul>
 *   <li>15 families granted a barnekoordinator, each request received 3 days before the decision,
 *       each coordinator appointed on the day of the decision: 7 by koord1 (Helsestasjonen, health),
 *       6 by koord2 (Solbakken skole, school), 2 by ppt1 (PP-tjenesten, school);
 *   <li>hours per month: 6 for each of koord1's families, 4.5 for koord2's, none recorded for ppt1's;
 *   <li>11 requests waiting: 5 received 10 days ago, 6 received 40 days ago;
 *   <li>coordinator capacity: Helsestasjonen 60 hours per month, Solbakken skole 40, PP-tjenesten
 *       none recorded;
 *   <li>individual plans: 6 of koord1's and koord2's families with an approved plan, one more with a
 *       plan only drafted;
 *   <li>complaints about the decisions, received today: 7 about a refusal, 3 about a change or an
 *       end, 2 about the right not being fulfilled; one of them upheld by KE and forwarded, and upheld
 *       by Statsforvalteren, the other 11 awaiting reconsideration; and one more received on 1
 *       January last year (not counted in this year's figures).
 * </ul>
 */
@IntegrationTest
@TestPropertySource(properties = "helhet.report.suppress-below=5")
class DashboardTest {

    private static boolean built;
    private static final List<LocalDate> RECEIVED = new ArrayList<>();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppointmentService appointments;

    @Autowired
    StaffDirectory staff;

    @Autowired
    StaffFixtures staffFixtures;

    @Autowired
    DashboardQueries queries;

    @Autowired
    DashboardSettings settings;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PlanService plans;

    @Autowired
    no.helhet.complaint.ComplaintFixtures complaintFixtures;

    @BeforeEach
    void theFixedDataSet() {
        if (built) {
            return;
        }
        UUID ppt = staff.units().stream()
                .filter(u -> u.name().equals("PP-tjenesten"))
                .findFirst()
                .orElseThrow()
                .id();
        staffFixtures.aStaffMember("ppt1").inUnit(ppt).build();
        for (var capacity : java.util.Map.of("Helsestasjonen", "60", "Solbakken skole", "40")
                .entrySet()) {
            var unit = staff.units().stream()
                    .filter(u -> u.name().equals(capacity.getKey()))
                    .findFirst()
                    .orElseThrow();
            staff.changeUnit(
                    unit.id(),
                    unit.version(),
                    unit.name(),
                    unit.sectorCode(),
                    unit.coordinatingUnit(),
                    new BigDecimal(capacity.getValue()));
        }
        LocalDate today = settings.today();
        List<UUID[]> decided = new ArrayList<>();
        int n = 0;
        for (String coordinator : List.of("koord1", "koord2", "ppt1")) {
            int families = coordinator.equals("koord1") ? 7 : coordinator.equals("koord2") ? 6 : 2;
            UUID id = staff.findStaffByUsername(coordinator).orElseThrow().id();
            for (int i = 0; i < families; i++) {
                FamilyDetails family = fixtures.aFamily("Tallesen" + n++, 8);
                UUID decision = fixtures.aGrantedDecision(family);
                BigDecimal hours = coordinator.equals("koord1")
                        ? new BigDecimal("6")
                        : coordinator.equals("koord2") ? new BigDecimal("4.5") : null;
                appointments.appointCoordinator(decision, no.helhet.appointment.AppointmentFixtures.draft(id, hours));
                decided.add(new UUID[] {family.id(), decision});
                RECEIVED.add(today.minusDays(3));
                if (n <= 7) {
                    UUID plan = planFixtures.aPlan(family);
                    if (n <= 6) {
                        plans.approve(plan, plans.getPlan(plan).version());
                    }
                }
            }
        }
        for (int days : new int[] {10, 10, 10, 10, 10, 40, 40, 40, 40, 40, 40}) {
            fixtures.aRequest(fixtures.aFamily("Ventesen" + n++, 8), today.minusDays(days));
            RECEIVED.add(today.minusDays(days));
        }
        var kinds = new ArrayList<no.helhet.complaint.ComplaintKind>();
        kinds.addAll(java.util.Collections.nCopies(7, no.helhet.complaint.ComplaintKind.REFUSAL));
        kinds.addAll(java.util.Collections.nCopies(3, no.helhet.complaint.ComplaintKind.CHANGE_OR_END));
        kinds.addAll(java.util.Collections.nCopies(2, no.helhet.complaint.ComplaintKind.FAILURE_TO_FULFIL));
        for (int i = 0; i < kinds.size(); i++) {
            UUID complaint = complaintFixtures.aComplaint(decided.get(i)[0], decided.get(i)[1], kinds.get(i), today);
            if (i == 0) {
                complaintFixtures.upheldAndDecided(complaint, no.helhet.complaint.GovernorOutcome.UPHELD);
            }
        }
        complaintFixtures.aComplaint(
                decided.get(12)[0],
                decided.get(12)[1],
                no.helhet.complaint.ComplaintKind.FAILURE_TO_FULFIL,
                LocalDate.of(today.getYear() - 1, 1, 1));
        built = true;
    }

    private static DashboardTable.Row last(DashboardTable table) {
        return table.rows().get(table.rows().size() - 1);
    }

    private Dashboard all() {
        return queries.dashboard(new DashboardFilter(null, null, null));
    }

    private static List<String> shown(DashboardTable table, int column) {
        return table.rows().stream()
                .map(r -> r.counts().get(column))
                .map(c -> c == null ? "" : c.suppressed() ? c.hiding().name() : Long.toString(c.value()))
                .toList();
    }

    @Test
    void familiesWithACoordinatorOfEachKindAndChildrenWithAnApprovedPlan() {
        // 15 and 0 families; 6 children with an approved plan (the seventh plan is only a draft)
        assertThat(shown(all().table("now"), 0)).containsExactly("15", "0", "6");
    }

    @Test
    void requestsAndDecisionsOfTheYear() {
        int year = settings.today().getYear();
        long receivedThisYear =
                RECEIVED.stream().filter(d -> d.getYear() == year).count();
        // received, decided, granted barnekoordinator, granted general coordinator, refused
        assertThat(shown(all().table("requests"), 0))
                .containsExactly(Long.toString(receivedThisYear), "15", "15", "0", "0");
    }

    @Test
    void complaintsOfTheYearByKindAndOutcomeWithTheSmallOnesAndWhatWouldGiveThemAwayHidden() {
        DashboardTable t = all().table("complaints");
        assertThat(t.rows().stream().map(r -> r.labels().get(0).key()))
                .startsWith(
                        "dashboard.complaints.received",
                        "dashboard.complaints.kind.REFUSAL",
                        "dashboard.complaints.kind.CHANGE_OR_END",
                        "dashboard.complaints.kind.FAILURE_TO_FULFIL",
                        "dashboard.complaints.outcome.AWAITING_RECONSIDERATION");
        // 12 this year (last year's one is left out); by kind 7, 3, 2: the 3 and the 2 are small, and
        // hidden together (5) they cannot be had from 12 - 7
        // by outcome: 11 awaiting reconsideration, 0, 0, 0 awaiting Statsforvalteren, 1 upheld by
        // Statsforvalteren (small), 0, 0: the 11 alone would give the 1 back from the total, so it is
        // hidden too
        assertThat(shown(t, 0))
                .containsExactly("12", "7", "SMALL", "SMALL", "PROTECTS_SMALL", "0", "0", "0", "SMALL", "0", "0");
        // last year: one complaint, small, and its one kind with it
        Dashboard lastYear =
                queries.dashboard(new DashboardFilter(settings.today().getYear() - 1, null, null));
        assertThat(shown(lastYear.table("complaints"), 0))
                .containsExactly("SMALL", "0", "0", "SMALL", "SMALL", "0", "0", "0", "0", "0", "0");
    }

    @Test
    void daysFromRequestToDecisionAndFromDecisionToAppointment() {
        DashboardTable t = all().table("durations");
        assertThat(shown(t, 0)).containsExactly("15", "15");
        assertThat(shown(t, 1)).containsExactly("3", "0");
        assertThat(shown(t, 2)).containsExactly("3", "0");
    }

    @Test
    void waitingRequestsByAge() {
        assertThat(shown(all().table("waiting"), 0)).containsExactly("5", "0", "6", "0", "11");
    }

    @Test
    void unitsAndSectorsWithEachKindApartAndTheSmallUnitProtected() {
        DashboardTable units = all().table("units");
        assertThat(units.rows().stream().map(r -> r.labels().get(0).text()))
                .containsExactly("Helsestasjonen", "PP-tjenesten", "Solbakken skole");
        // families with a barnekoordinator: 7, 6, 2 -> the 2 is small, and the 6 would give it away
        // from the school sector's 8
        assertThat(shown(units, 0)).containsExactly("7", "SMALL", "PROTECTS_SMALL");
        assertThat(shown(units, 1)).containsExactly("0", "0", "0");
        // one barnekoordinator in each unit
        assertThat(shown(units, 2)).containsExactly("SMALL", "SMALL", "SMALL");
        DashboardTable sectors = all().table("sectors");
        assertThat(shown(sectors, 0)).containsExactly("7", "8");
    }

    @Test
    void aFilterShowsTheSameCellAsTheTableSoNothingIsFoundBySubtraction() {
        UUID school = staff.units().stream()
                .filter(u -> u.name().equals("Solbakken skole"))
                .findFirst()
                .orElseThrow()
                .id();
        Dashboard filtered = queries.dashboard(new DashboardFilter(null, school, null));
        // the plans belong to no unit: under a filter they are left out, not counted afresh
        assertThat(shown(filtered.table("now"), 0)).containsExactly("PROTECTS_SMALL", "0");
        // and so do the complaints: no table under a filter
        assertThat(filtered.tables()).noneMatch(t -> t.id().equals("complaints"));
        List<String> lastMonth = last(filtered.table("trend")).counts().stream()
                .skip(1)
                .map(c -> c.suppressed() ? c.hiding().name() : Long.toString(c.value()))
                .toList();
        assertThat(lastMonth).containsExactly("PROTECTS_SMALL", "0");
        assertThat(shown(
                        queries.dashboard(new DashboardFilter(null, null, "SCHOOL"))
                                .table("now"),
                        0))
                .containsExactly("8", "0");
    }

    @Test
    void caseloadsByNumberOfFamilies() {
        // koord1 7 (7-10), koord2 6 (4-6), ppt1 2 (2-3): one coordinator per band, all small
        assertThat(shown(all().table("caseloads"), 0)).containsExactly("0", "SMALL", "SMALL", "SMALL", "0");
    }

    @Test
    void theTrendEndsThisMonthWithTheFamiliesOfToday() {
        DashboardTable trend = all().table("trend");
        assertThat(trend.rows()).hasSize(24);
        YearMonth now = YearMonth.from(settings.today());
        var last = last(trend);
        assertThat(last.labels().get(0).text()).isEqualTo(now.toString());
        assertThat(last.counts().get(1).value()).isEqualTo(15);
        long receivedThisMonth =
                RECEIVED.stream().filter(d -> YearMonth.from(d).equals(now)).count();
        assertThat(last.counts().get(0).value()).isEqualTo(receivedThisMonth);
    }

    @Test
    void hoursGivenPerUnitAgainstCapacityHiddenWhereTheUnitsFamiliesAre() {
        DashboardTable t = all().table("resources");
        assertThat(t.rows().stream().map(r -> r.labels().get(0).text()))
                .containsExactly("Helsestasjonen", "PP-tjenesten", "Solbakken skole", null);
        // 7 x 6 = 42; PP-tjenesten's families (2) are hidden, and so its hours (none recorded); Solbakken
        // skole's 6 x 4.5 = 27 is hidden with its families; the total 69 is hidden too, as 69 - 42 would
        // give Solbakken skole's 27 back
        assertThat(shown(t, 0)).containsExactly("42", "PROTECTS_SMALL", "PROTECTS_SMALL", "PROTECTS_SMALL");
        // capacity: 60, none recorded, 40; total 100 (a unit's own figure, not a count of people)
        assertThat(shown(t, 1)).containsExactly("60", "", "40", "100");
        // share used: 42 / 60 = 70 %; none without a capacity; Solbakken skole's 27 / 40 hidden with its
        // hours; the total 69 / 100 hidden with the total hours
        assertThat(shown(t, 2)).containsExactly("70", "", "PROTECTS_SMALL", "PROTECTS_SMALL");
        // families per coordinator: every unit has one coordinator (too few), the municipality three
        assertThat(shown(t, 3)).containsExactly("TOO_FEW_BEHIND", "TOO_FEW_BEHIND", "TOO_FEW_BEHIND", "TOO_FEW_BEHIND");
    }

    @Test
    void familiesPerCoordinatorAndTheShareUsedCountedByHand() {
        // a unit with 12 families and 5 coordinators, 30 hours over those 12 families, capacity 48
        Suppression rule = new Suppression(5);
        UUID unit = UUID.randomUUID();
        Map<UUID, UUID> unitOf = new HashMap<>();
        List<no.helhet.appointment.AppointmentStatistics.Hours> hours = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            UUID coordinator = UUID.randomUUID();
            unitOf.put(coordinator, unit);
            hours.add(new no.helhet.appointment.AppointmentStatistics.Hours(
                    coordinator, new BigDecimal("6"), c < 2 ? 3 : 2));
        }
        Map<UUID, String> sectorOf = Map.of(unit, "HEALTH_CARE");
        List<Breakdown> now = List.of(
                Breakdown.of(rule, 12, Map.of(unit, 12L), sectorOf),
                Breakdown.of(rule, 0, Map.of(), sectorOf),
                Breakdown.of(rule, 5, Map.of(unit, 5L), sectorOf),
                Breakdown.of(rule, 0, Map.of(), sectorOf));
        var units = List.of(
                new no.helhet.staff.UnitSummary(unit, "Enheten", "HEALTH_CARE", false, new BigDecimal("48"), 0, true));
        DashboardTable t = Resources.hoursByUnit(rule, units, unitOf, hours, now);
        // hours 30; capacity 48; 30 / 48 = 62.5 % -> 63; 12 families / 5 coordinators = 2.4
        assertThat(t.rows().get(0).counts().stream().map(c -> c.text(java.util.Locale.ROOT)))
                .containsExactly("30", "48", "63", "2.4");
        assertThat(t.rows().get(0).counts().get(3).text(java.util.Locale.forLanguageTag("nb")))
                .isEqualTo("2,4");
        assertThat(shown(t, 0)).containsExactly("30", "30");
    }

    @Test
    void theForecastFollowsTheLineThroughTheLastTwelveMonths() {
        // families at the last 12 month ends: 0 x 11, then 15. Least squares: slope 82.5 / 143,
        // intercept 1.25 - slope x 5.5; next month (x = 12) 5.0 -> 5, in 12 months (x = 23) 11.35 -> 11.
        // Hours per family today 69 / 13; 5 x 69 / 13 = 26.5 -> 27.
        DashboardTable t = all().table("forecast");
        assertThat(t.rows()).hasSize(12);
        assertThat(shown(t, 0).get(0)).isEqualTo("5");
        assertThat(shown(t, 0).get(11)).isEqualTo("11");
        // the hours would give the municipality's hidden hours given back: hidden with them
        assertThat(shown(t, 1).get(0)).isEqualTo("PROTECTS_SMALL");
        Suppression rule = new Suppression(5);
        DashboardTable shownHours = Resources.forecast(
                rule,
                YearMonth.from(settings.today()),
                twelve(),
                List.of(new no.helhet.appointment.AppointmentStatistics.Hours(
                        UUID.randomUUID(), new BigDecimal("69"), 13)),
                false);
        assertThat(shown(shownHours, 1).get(0)).isEqualTo("27");
        assertThat(t.rows().get(0).labels().get(0).text())
                .isEqualTo(YearMonth.from(settings.today()).plusMonths(1).toString());
    }

    private static List<Long> twelve() {
        List<Long> months = new ArrayList<>(java.util.Collections.nCopies(11, 0L));
        months.add(15L);
        return months;
    }

    @Test
    void leadersSeeTheDashboardWithTheSuppressedWordsAndNoFamily() {
        assertThat(mvc.get().uri("/overview").with(fixtures.as("leder")))
                .hasStatusOk()
                .bodyText()
                .contains("Familier med barnekoordinator", "færre enn 5", "skjult", "<svg")
                .doesNotContain("Tallesen", "/families/");
    }

    @Test
    void badFilterValuesAreIgnoredNotAnError() {
        assertThat(mvc.get()
                        .uri("/overview?year=abc&unit=not-a-uuid&sector=%3Cb%3E")
                        .with(fixtures.as("leder")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/overview/tables/nothing.csv").with(fixtures.as("leder")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void csvHoldsTheTableWithHiddenFiguresAsWords() {
        var result = mvc.get()
                .uri("/overview/tables/units.csv")
                .with(fixtures.as("leder"))
                .exchange();
        assertThat(result).hasStatusOk();
        String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("Helsestasjonen;Helse og omsorg;7;0;færre enn 5;0")
                .contains("PP-tjenesten;Skole og PPT;færre enn 5;0;færre enn 5;0")
                .contains("Solbakken skole;Skole og PPT;skjult;0;færre enn 5;0");
        var resources = mvc.get()
                .uri("/overview/tables/resources.csv")
                .with(fixtures.as("leder"))
                .exchange();
        assertThat(new String(resources.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("Helsestasjonen;Helse og omsorg;42;60;70;For få til å vise")
                .contains("Solbakken skole;Skole og PPT;skjult;40;skjult;For få til å vise");
        var complaintCsv = mvc.get()
                .uri("/overview/tables/complaints.csv")
                .with(fixtures.as("leder"))
                .exchange();
        assertThat(new String(complaintCsv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("Klager mottatt;12")
                .contains("Gjelder avslag;7")
                .contains("Gjelder endring eller avslutning;færre enn 5")
                .contains("Venter på ny vurdering;skjult");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralised() {
        assertThat(DashboardExports.csvCell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Stream.of("+1", "-1", "@SUM(A1)", "\tx").map(DashboardExports::csvCell))
                .allMatch(c -> c.startsWith("'"));
        assertThat(DashboardExports.csvCell("Helsestasjonen")).isEqualTo("Helsestasjonen");
        assertThat(DashboardExports.csvCell("a;b")).isEqualTo("\"a;b\"");
    }

    @Test
    void xlsxOpensAndReadsBack() throws IOException {
        var result = mvc.get()
                .uri("/overview/tables/requests.xlsx")
                .with(fixtures.as("leder"))
                .exchange();
        assertThat(result).hasStatusOk();
        try (ReadableWorkbook wb = new ReadableWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Tall");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Antall");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Avgjørelser truffet");
            assertThat(rows.get(2).getCell(1).asNumber()).isEqualByComparingTo("15");
        }
    }

    @Test
    void theAnnualReportIsValidPdfA2InBokmalAndNynorsk() {
        int year = settings.today().getYear();
        for (String lang : List.of("nb", "nn")) {
            var result = mvc.get()
                    .uri("/overview/annual-report.pdf?lang=" + lang)
                    .with(fixtures.as("leder"))
                    .exchange();
            assertThat(result).hasStatusOk();
            byte[] pdf = result.getResponse().getContentAsByteArray();
            assertThat(PdfA.validate(pdf).isCompliant()).as(lang).isTrue();
            String text = PdfA.text(pdf);
            assertThat(text)
                    .contains("Årsrapport " + year, "Helsestasjonen", "færre enn 5", "Klager")
                    .doesNotContain("Tallesen");
            assertThat(text).contains(lang.equals("nn") ? "Slik er tala laga" : "Slik er tallene laget");
        }
        assertThat(PdfA.validate(PdfA.plainPdf()).isCompliant()).isFalse();
    }

    @Test
    void coordinatorsAndAdministratorsDoNotSeeTheDashboardNorItsExports() {
        assertThat(mvc.get().uri("/overview").with(fixtures.as("koord1"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/overview/tables/units.csv").with(fixtures.as("admin")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/overview/annual-report.pdf").with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
