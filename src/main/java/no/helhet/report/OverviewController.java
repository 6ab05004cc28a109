package no.helhet.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.helhet.document.PdfDocuments;
import no.helhet.request.WorkFigure;
import no.helhet.shared.NoFamilyData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard for leaders and the coordinating unit, and its tables as CSV and XLSX: aggregates
 * only, small figures suppressed, so no access-log record per family.
 */
@Controller
class OverviewController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DashboardCache cache;
    private final DashboardExports exports;
    private final DashboardSettings settings;
    private final PdfDocuments pdfs;

    private final List<WorkFigure> figures;
    private final Clock clock;

    OverviewController(
            DashboardCache cache,
            DashboardExports exports,
            DashboardSettings settings,
            PdfDocuments pdfs,
            List<WorkFigure> figures,
            Clock clock) {
        this.cache = cache;
        this.exports = exports;
        this.settings = settings;
        this.pdfs = pdfs;
        this.figures = figures;
        this.clock = clock;
    }

    /** A figure another module offers (e.g. plans past their evaluation), suppressed like the rest. */
    record OtherFigure(String labelKey, long count) {}

    @NoFamilyData("aggregates only, small figures suppressed")
    @GetMapping("/overview")
    String overview(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String sector,
            Model model) {
        DashboardCache.Computed computed = cache.dashboard(filter(year, unit, sector));
        model.addAttribute("dashboard", computed.dashboard());
        model.addAttribute("computedAt", computed.computedAt().toLocalDateTime());
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Oslo")));
        model.addAttribute(
                "otherFigures",
                figures.stream()
                        .map(f -> new OtherFigure(f.labelKey(), f.count(today)))
                        .toList());
        return "report/overview";
    }

    @NoFamilyData("aggregates only, small figures suppressed")
    @GetMapping("/overview/tables/{table}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String table,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String sector,
            Locale locale) {
        DashboardTable t =
                cache.dashboard(filter(year, unit, sector)).dashboard().table(table);
        return download(
                exports.csv(t, locale),
                t.id() + ".csv",
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @NoFamilyData("aggregates only, small figures suppressed")
    @GetMapping("/overview/tables/{table}.xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable String table,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String sector,
            Locale locale) {
        DashboardTable t =
                cache.dashboard(filter(year, unit, sector)).dashboard().table(table);
        return download(exports.xlsx(t, locale), t.id() + ".xlsx", XLSX);
    }

    /** The annual report for the municipal leadership, for the whole municipality, in bokmål or nynorsk. */
    @NoFamilyData("aggregates only, small figures suppressed")
    @GetMapping("/overview/annual-report.pdf")
    ResponseEntity<byte[]> annualReport(
            @RequestParam(required = false) String year, @RequestParam(required = false) String lang) {
        Dashboard dashboard = cache.dashboard(filter(year, null, null)).dashboard();
        String language = "nn".equals(lang) ? "nn" : "nb";
        byte[] pdf = pdfs.render(
                "annual-report",
                Map.of("dashboard", dashboard, "lang", language, "dated", settings.today()),
                Locale.forLanguageTag(language));
        return download(pdf, "arsrapport-" + dashboard.year() + "-" + language + ".pdf", MediaType.APPLICATION_PDF);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    /** The filter from the query string; a value that does not parse, or is out of range, is left out. */
    private DashboardFilter filter(String year, String unit, String sector) {
        LocalDate today = settings.today();
        Integer y = null;
        if (year != null && year.matches("\\d{4}")) {
            int parsed = Integer.parseInt(year);
            y = parsed <= today.getYear() && parsed > today.getYear() - 5 ? parsed : null;
        }
        UUID u = null;
        if (unit != null && !unit.isBlank()) {
            try {
                u = UUID.fromString(unit);
            } catch (IllegalArgumentException e) {
                u = null;
            }
        }
        String s = sector != null && sector.matches("[A-Za-z_]{1,40}") ? sector : null;
        return new DashboardFilter(y, u, u == null ? s : null);
    }
}
