package no.helhet.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.AccessRule;
import no.helhet.audit.CaseWorkAccess;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.FamilyService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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

    PrivacyController(
            FamilyExport export, Retention retention, FamilyService families, AccessPolicy policy, Clock clock) {
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

    @CaseWorkAccess(action = AccessAction.LIST, what = "retention")
    @GetMapping("/retention")
    String retention(Model model) {
        List<Retention.Due> due = retention.due(LocalDate.now(clock));
        List<UUID> ids = due.stream().map(Retention.Due::familyId).toList();
        Map<UUID, String> names = families.displayNames(ids);
        policy.recordListed(ids, AccessAction.LIST, "retention");
        model.addAttribute("due", due);
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
