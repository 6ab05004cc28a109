package no.helhet.outreach;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.AccessRule;
import no.helhet.audit.CaseWorkAccess;
import no.helhet.audit.FamilyAccess;
import no.helhet.shared.ListSort;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.PageSlice;
import no.helhet.staff.Sector;
import no.helhet.staff.SectorCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** KE's outreach list: families who may have the right but have not asked; mark them informed. */
@Controller
class OutreachController {

    private final Outreach outreach;
    private final SectorCatalogue sectors;
    private final AccessPolicy policy;
    private final MessageSource messages;
    private final int pageSize;

    OutreachController(
            Outreach outreach,
            SectorCatalogue sectors,
            AccessPolicy policy,
            MessageSource messages,
            @Value("${helhet.page-size}") int pageSize) {
        this.pageSize = pageSize;
        this.outreach = outreach;
        this.sectors = sectors;
        this.policy = policy;
        this.messages = messages;
    }

    /**
     * The outreach list is assembled from several modules (services, flags, requests, names), so it
     * is sorted in memory: by family name, or by when the family was last informed (not yet informed
     * first, the default).
     */
    static final ListSort.Columns SORTS = ListSort.Columns.tieBrokenBy("familyId")
            .column("family")
            .column("informed")
            .byDefault("informed", ListSort.ASC);

    private static final Comparator<Outreach.Row> BY_NAME = Comparator.comparing(
                    Outreach.Row::familyName, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(Outreach.Row::familyId);

    private static final Map<String, Comparator<Outreach.Row>> BY_COLUMN = Map.of(
            "family",
            BY_NAME,
            "informed",
            Comparator.comparing(
                    (Outreach.Row r) ->
                            r.informed() == null ? null : r.informed().on(),
                    Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder())));

    @CaseWorkAccess(action = AccessAction.LIST, what = "outreach")
    @GetMapping("/outreach")
    String list(
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return page(model, null, SORTS.parse(sort, dir), page);
    }

    @FamilyAccess(
            rule = AccessRule.CASE_WORK,
            id = "familyId",
            action = AccessAction.CHANGE,
            what = "outreach.informed")
    @OneTimeForm
    @PostMapping("/outreach/families/{familyId}/informed")
    String informed(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute("form") InformedForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            Map<String, String> fieldErrors = new HashMap<>();
            errors.getFieldErrors()
                    .forEach(e -> fieldErrors.putIfAbsent(
                            e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale())));
            model.addAttribute("fieldErrors", fieldErrors);
            return page(model, familyId, SORTS.defaultSort(), 0);
        }
        outreach.markInformed(familyId, form.getInformedOn(), form.getChannel());
        redirect.addFlashAttribute("saved", "outreach.informed.saved");
        return "redirect:/outreach";
    }

    private String page(Model model, UUID failedFamily, ListSort sort, int page) {
        List<Outreach.Row> sorted = outreach.list().stream()
                .sorted(sort.comparing(BY_COLUMN, BY_NAME))
                .toList();
        int p = Math.max(0, page);
        if (failedFamily != null) {
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).familyId().equals(failedFamily)) {
                    p = i / pageSize;
                }
            }
        }
        ListSort listSort = sort.at("/outreach", p);
        PageSlice<Outreach.Row> slice = ListSort.page(sorted, p, pageSize);
        List<Outreach.Row> rows = slice.items();
        policy.recordListed(rows.stream().map(Outreach.Row::familyId).toList(), AccessAction.LIST, "outreach");
        model.addAttribute("rows", rows);
        model.addAttribute("slice", slice);
        model.addAttribute("sort", listSort);
        model.addAttribute("failedFamily", failedFamily);
        model.addAttribute("today", outreach.today());
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        model.addAttribute("channels", InformationChannel.values());
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> sectorNames =
                sectors.all().stream().collect(Collectors.toMap(Sector::code, sector -> sector.name(locale)));
        Map<List<String>, String> sectorLists = new HashMap<>();
        rows.forEach(r -> r.children()
                .forEach(c -> sectorLists.computeIfAbsent(
                        c.sectorCodes(),
                        codes -> codes.stream()
                                .map(code -> sectorNames.getOrDefault(code, code))
                                .collect(Collectors.joining(", ")))));
        model.addAttribute("sectorLists", sectorLists);
        model.addAttribute("figures", outreach.figures());
        return "outreach/list";
    }
}
