package no.helhet.family;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.AccessAction;
import no.helhet.audit.AccessPolicy;
import no.helhet.audit.AccessRule;
import no.helhet.audit.CaseWorkAccess;
import no.helhet.audit.FamilyAccess;
import no.helhet.family.FamilyService.NewFamily;
import no.helhet.shared.ListSort;
import no.helhet.shared.NationalId;
import no.helhet.shared.OneTimeForm;
import no.helhet.shared.PageSlice;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering, finding and showing families. */
@Controller
class FamilyController {

    private final FamilyService families;
    private final FamilyFormValidator validator;
    private final AccessPolicy policy;
    private final List<FamilySection> sections;
    private final List<FamilyGlance> glances;
    private final TurningEighteenGlance turningEighteen;
    private final Clock clock;
    private final List<FamilyCoordinators> coordinators;
    private final int pageSize;

    FamilyController(
            FamilyService families,
            FamilyFormValidator validator,
            AccessPolicy policy,
            List<FamilySection> sections,
            List<FamilyGlance> glances,
            TurningEighteenGlance turningEighteen,
            Clock clock,
            List<FamilyCoordinators> coordinators,
            @org.springframework.beans.factory.annotation.Value("${helhet.page-size}") int pageSize) {
        this.coordinators = coordinators;
        this.pageSize = pageSize;
        this.families = families;
        this.clock = clock;
        this.validator = validator;
        this.policy = policy;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(FamilySection::order))
                .toList();
        this.glances = glances.stream()
                .filter(FamilyGlance::onFamilyPage)
                .sorted(Comparator.comparingInt(FamilyGlance::order))
                .toList();
        this.turningEighteen = turningEighteen;
    }

    @ModelAttribute("expectedKinds")
    ExpectedKind[] expectedKinds() {
        return ExpectedKind.values();
    }

    @CaseWorkAccess(action = AccessAction.VIEW, what = "family.new")
    @GetMapping("/families/new")
    String newFamily(Model model) {
        model.addAttribute("familyForm", new FamilyForm());
        return "family/new";
    }

    @CaseWorkAccess(action = AccessAction.CHANGE, what = "family.register")
    @OneTimeForm
    @PostMapping("/families")
    String registerFamily(
            @Valid @ModelAttribute FamilyForm familyForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Optional<NewFamily> family = validator.validate(familyForm, errors);
        if (family.isEmpty() || errors.hasErrors()) {
            return "family/new";
        }
        // A child already registered: point to that family (KE, who registers, may see every family).
        for (int i = 0; i < familyForm.getChildren().size(); i++) {
            Optional<UUID> existing =
                    alreadyRegistered(familyForm.getChildren().get(i), "children[" + i + "].", errors);
            if (existing.isPresent()) {
                model.addAttribute("existingFamilyId", existing.get());
            }
        }
        if (errors.hasErrors()) {
            return "family/new";
        }
        UUID familyId = families.registerFamily(family.get());
        policy.recordListed(List.of(familyId), AccessAction.CHANGE, "family.registered");
        redirect.addFlashAttribute("saved", "family.registered");
        return "redirect:/families/" + familyId;
    }

    /**
     * The hits (at most {@link FamilyService#SEARCH_LIMIT}) are gathered with the appointed
     * coordinators from another module, so they are sorted in memory: by name (the default), the
     * municipality the family lives in, or the coordinator.
     */
    static final ListSort.Columns SEARCH_SORTS = ListSort.Columns.tieBrokenBy("familyId")
            .column("name")
            .column("municipality")
            .column("coordinator")
            .byDefault("name", ListSort.ASC);

    @CaseWorkAccess(action = AccessAction.VIEW, what = "family.search")
    @GetMapping("/families/search")
    String searchForm() {
        return "family/search";
    }

    /**
     * POST so that a national id typed into the search never travels in a URL: the query is kept in
     * the session under a short-lived opaque id, and the browser is sent to a result page keyed by
     * that id, which can be reloaded and returned to with "back".
     */
    @CaseWorkAccess(action = AccessAction.SEARCH, what = "family.search")
    @PostMapping("/families/search")
    String search(@RequestParam(required = false) String query, HttpSession session) {
        if (query == null || query.isBlank()) {
            return "redirect:/families/search";
        }
        return "redirect:/families/search/"
                + FamilySearches.in(session).remember(query.strip(), clock.instant(), session);
    }

    @CaseWorkAccess(action = AccessAction.SEARCH, what = "family.search")
    @GetMapping("/families/search/{searchId}")
    String searchResult(
            @PathVariable String searchId,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            HttpSession session,
            Model model) {
        Optional<String> query = FamilySearches.in(session).recall(searchId, clock.instant());
        if (query.isEmpty()) {
            model.addAttribute("searchExpired", true);
            return "family/search";
        }
        List<FamilySearchHit> all = families.search(query.get());
        Map<UUID, List<String>> coordinatorNames = new HashMap<>();
        List<UUID> allIds = all.stream().map(FamilySearchHit::familyId).toList();
        coordinators.forEach(c -> coordinatorNames.putAll(c.currentCoordinatorNames(allIds)));
        int p = Math.max(0, page);
        // The searchId is an opaque random token (FamilySearches), never the query.
        ListSort listSort = SEARCH_SORTS.parse(sort, dir).at("/families/search/" + searchId, p);
        Comparator<FamilySearchHit> byName = Comparator.comparing(
                        FamilySearchHit::displayName, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(FamilySearchHit::familyId);
        Comparator<FamilySearchHit> byMunicipality = Comparator.comparing(
                FamilySearchHit::addressMunicipality, Comparator.nullsLast(Comparator.<String>naturalOrder()));
        Comparator<FamilySearchHit> byCoordinator = Comparator.comparing(
                h -> String.join(", ", coordinatorNames.getOrDefault(h.familyId(), List.of())),
                Comparator.<String>naturalOrder());
        PageSlice<FamilySearchHit> slice = ListSort.page(
                all.stream()
                        .sorted(listSort.comparing(
                                Map.of("name", byName, "municipality", byMunicipality, "coordinator", byCoordinator),
                                byName))
                        .toList(),
                p,
                pageSize);
        List<FamilySearchHit> hits = slice.items();
        policy.recordListed(
                hits.stream().map(FamilySearchHit::familyId).toList(), AccessAction.SEARCH, "family.search");
        model.addAttribute("query", query.get());
        model.addAttribute("hits", hits);
        model.addAttribute("total", all.size());
        model.addAttribute("slice", slice);
        model.addAttribute("sort", listSort);
        model.addAttribute("coordinatorNames", coordinatorNames);
        model.addAttribute("today", families.today());
        model.addAttribute("limit", FamilyService.SEARCH_LIMIT);
        return "family/search";
    }

    @FamilyAccess(rule = AccessRule.COORDINATION, id = "familyId", action = AccessAction.VIEW, what = "family.page")
    @GetMapping("/families/{familyId}")
    String show(@PathVariable UUID familyId, Model model) {
        FamilyDetails family = families.getFamily(familyId);
        LocalDate today = families.today();
        model.addAttribute("family", family);
        model.addAttribute("today", today);
        model.addAttribute(
                "glances",
                glances.stream()
                        .map(g -> new GlanceView(
                                g.template(),
                                g.anchor(),
                                g.forFamilies(Set.of(familyId)).get(familyId)))
                        .toList());
        model.addAttribute(
                "turningEighteen",
                family.children().stream()
                        .flatMap(c -> turningEighteen.turning(c, today).stream().map(t -> Map.entry(c.id(), t.on())))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(s -> new SectionView(s.template(), s.data(family), s.anchor(), s.headingKey()))
                        .toList());
        model.addAttribute("mayDoCaseWork", policy.mayDoCaseWork());
        model.addAttribute("mayReadAccessLog", policy.mayReadAccessLog());
        return "family/show";
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "familyId", action = AccessAction.VIEW, what = "family.contact")
    @GetMapping("/families/{familyId}/contact")
    String editContact(@PathVariable UUID familyId, Model model) {
        FamilyDetails family = families.getFamily(familyId);
        model.addAttribute("familyId", familyId);
        model.addAttribute("contactForm", ContactForm.of(family));
        model.addAttribute("letterLanguages", LETTER_LANGUAGES);
        return "family/contact";
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "familyId", action = AccessAction.CHANGE, what = "family.contact")
    @PostMapping("/families/{familyId}/contact")
    String changeContact(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute ContactForm contactForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        families.getFamily(familyId);
        model.addAttribute("familyId", familyId);
        model.addAttribute("letterLanguages", LETTER_LANGUAGES);
        if (errors.hasErrors()) {
            return "family/contact";
        }
        try {
            families.changeContact(
                    familyId,
                    contactForm.getVersion(),
                    contactForm.getAddressMunicipality(),
                    contactForm.getPhone(),
                    contactForm.getEmail(),
                    contactForm.getLetterLanguage());
        } catch (OptimisticLockingFailureException e) {
            errors.reject("form.concurrentEdit");
            return "family/contact";
        }
        redirect.addFlashAttribute("saved", "family.contact.saved");
        return "redirect:/families/" + familyId;
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "familyId", action = AccessAction.VIEW, what = "child.new")
    @GetMapping("/families/{familyId}/children/new")
    String newChild(@PathVariable UUID familyId, Model model) {
        families.getFamily(familyId);
        model.addAttribute("familyId", familyId);
        model.addAttribute("childForm", new ChildForm());
        return "family/child-new";
    }

    @FamilyAccess(rule = AccessRule.CASE_WORK, id = "familyId", action = AccessAction.CHANGE, what = "child.add")
    @OneTimeForm
    @PostMapping("/families/{familyId}/children")
    String addChild(
            @PathVariable UUID familyId,
            @Valid @ModelAttribute ChildForm childForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        families.getFamily(familyId);
        model.addAttribute("familyId", familyId);
        var child = validator.validateChild(childForm, "", errors);
        if (child.isPresent() && !errors.hasErrors()) {
            alreadyRegistered(childForm, "", errors).ifPresent(f -> model.addAttribute("existingFamilyId", f));
        }
        if (child.isEmpty() || errors.hasErrors()) {
            return "family/child-new";
        }
        families.addChild(familyId, child.get());
        redirect.addFlashAttribute("saved", "child.added");
        return "redirect:/families/" + familyId;
    }

    /** A born child whose national id is already registered in a family: an error on the field, and that family. */
    private Optional<UUID> alreadyRegistered(ChildForm child, String path, BindingResult errors) {
        if (!"BORN".equals(child.getStatus()) || child.getNationalId() == null) {
            return Optional.empty();
        }
        NationalId id = NationalId.parse(child.getNationalId(), true).value();
        Optional<UUID> existing = id == null ? Optional.empty() : families.familyOfChild(id.digits());
        existing.ifPresent(f -> errors.rejectValue(path + "nationalId", "family.childAlreadyRegistered"));
        return existing;
    }

    /** The written standards a family can choose for its letters. */
    static final List<String> LETTER_LANGUAGES = List.of("nb", "nn");

    /** A contributed part of the family page. */
    record SectionView(String template, Object data, String anchor, String headingKey) {}

    /** A contributed item of the family page's summary; {@code data} null when it has nothing to tell. */
    record GlanceView(String template, String anchor, Object data) {}
}
