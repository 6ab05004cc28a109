package no.helhet.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.AccessRule;
import no.helhet.audit.CaseWorkAccess;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.FamilyService;
import no.helhet.shared.ListSort;
import no.helhet.shared.PageSlice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The KE lead's privacy pages: a family's data exported (JSON and PDF/A-2, for the family's right
 * of access), and the families due for erasure under the retention rule with the past erasures.
 */
@Controller
class PrivacyController {

    private final FamilyExport export;
    private final Retention retention;
    private final FamilyService families;
    private final AccessPolicy policy;
    private final Clock clock;
    private final int pageSize;

    PrivacyController(
            FamilyExport export,
            Retention retention,
            FamilyService families,
            AccessPolicy policy,
            Clock clock,
            @Value("${helhet.page-size}") int pageSize) {
        this.pageSize = pageSize;
        this.export = export;
        this.retention = retention;
        this.families = families;
        this.policy = policy;
        this.clock = clock;
    }

    @FamilyAccess(
            rule = AccessRule.ACCESS_LOG,
            id = "familyId",
            action = AccessAction.DOWNLOAD,
            what = "family.export.json")
    @GetMapping("/families/{familyId}/export.json")
    ResponseEntity<byte[]> json(@PathVariable UUID familyId) {
        return download(export.json(familyId), MediaType.APPLICATION_JSON, "helhet-familie-" + familyId + ".json");
    }

    @FamilyAccess(
            rule = AccessRule.ACCESS_LOG,
            id = "familyId",
            action = AccessAction.DOWNLOAD,
            what = "family.export.pdf")
    @GetMapping("/families/{familyId}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID familyId) {
        return download(
                export.pdf(familyId, LocaleContextHolder.getLocale()),
                MediaType.APPLICATION_PDF,
                "helhet-familie-" + familyId + ".pdf");
    }

    /**
     * The families due for erasure are found across modules (requests, appointments) and sorted in
     * memory: by the day the case closed (the default), the day erasure is due, or the family's name.
     */
    static final ListSort.Columns RETENTION_SORTS = ListSort.Columns.tieBrokenBy("familyId")
            .column("family")
            .column("closed")
            .column("due")
            .byDefault("closed", ListSort.ASC);

    @CaseWorkAccess(action = AccessAction.LIST, what = "retention")
    @GetMapping("/retention")
    String retention(
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        List<Retention.Due> all = retention.due(LocalDate.now(clock));
        Map<UUID, String> names =
                families.displayNames(all.stream().map(Retention.Due::familyId).toList());
        int p = Math.max(0, page);
        ListSort listSort = RETENTION_SORTS.parse(sort, dir).at("/retention", p);
        Comparator<Retention.Due> byFamily = Comparator.comparing(
                        (Retention.Due d) -> names.get(d.familyId()),
                        Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(Retention.Due::familyId);
        PageSlice<Retention.Due> slice = ListSort.page(
                all.stream()
                        .sorted(listSort.comparing(
                                Map.of(
                                        "family", byFamily,
                                        "closed", Comparator.comparing(Retention.Due::closedOn),
                                        "due", Comparator.comparing(Retention.Due::dueFrom)),
                                byFamily))
                        .toList(),
                p,
                pageSize);
        List<Retention.Due> due = slice.items();
        List<UUID> ids = due.stream().map(Retention.Due::familyId).toList();
        policy.recordListed(ids, AccessAction.LIST, "retention");
        model.addAttribute("due", due);
        model.addAttribute("slice", slice);
        model.addAttribute("sort", listSort);
        model.addAttribute("names", names);
        model.addAttribute("rule", retention.rule());
        model.addAttribute("erasures", retention.erasures());
        return "privacy/retention";
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
