package no.helhet.familyportal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessRule;
import no.helhet.audit.CurrentFamilyMember;
import no.helhet.audit.FamilyAccess;
import no.helhet.audit.FamilyAccessLog;
import no.helhet.document.AccessReports;
import no.helhet.shared.NoFamilyData;
import org.springframework.beans.factory.annotation.Value;
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
 * "Who has looked at our data" (issue 14 item 6): the family's own access log in plain words,
 * newest first, paged, and the whole of it as a PDF/A-2 report in the language the page is read in.
 * Refused attempts are shown as "stopped". Reading it is itself logged.
 */
@Controller
class FamilyPortalAccessLogController {

    private final FamilyAccessLog log;
    private final AccessReports reports;
    private final java.time.Clock clock;
    private final int pageSize;

    FamilyPortalAccessLogController(
            FamilyAccessLog log,
            AccessReports reports,
            java.time.Clock clock,
            @Value("${helhet.page-size}") int pageSize) {
        this.log = log;
        this.reports = reports;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    @NoFamilyData("a redirect to the logged-in family member's own family")
    @GetMapping("/family-portal/access-log")
    String ownAccessLog() {
        return "redirect:/family-portal/families/" + CurrentFamilyMember.get().familyId() + "/access-log";
    }

    @NoFamilyData("a redirect to the logged-in family member's own family")
    @GetMapping("/family-portal/access-log.pdf")
    String ownAccessReport() {
        return "redirect:/family-portal/families/" + CurrentFamilyMember.get().familyId() + "/access-log.pdf";
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "familyId",
            action = AccessAction.VIEW,
            what = "family-portal.access-log")
    @GetMapping("/family-portal/families/{familyId}/access-log")
    String accessLog(@PathVariable UUID familyId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("familyId", familyId);
        model.addAttribute("entries", log.page(familyId, Math.max(0, page), pageSize));
        return "familyportal/access-log";
    }

    @FamilyAccess(
            rule = AccessRule.FAMILY_MEMBER,
            id = "familyId",
            action = AccessAction.DOWNLOAD,
            what = "family-portal.access-log.pdf")
    @GetMapping("/family-portal/families/{familyId}/access-log.pdf")
    ResponseEntity<byte[]> accessReport(@PathVariable UUID familyId, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = reports.render(familyId, locale.getLanguage(), today);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(reports.fileName(today))
                                .build()
                                .toString())
                .body(pdf);
    }
}
