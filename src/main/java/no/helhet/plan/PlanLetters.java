package no.helhet.plan;

import java.util.List;
import java.util.UUID;
import no.helhet.document.DocumentKind;
import no.helhet.document.LetterRequest;
import no.helhet.document.Letters;
import no.helhet.provider.ProviderRegister;
import no.helhet.staff.StaffDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan as PDF/A-2: the formal plan, the family's version in plain language and larger type, and
 * the amendment notice (what changed since an approved version), in bokmål or nynorsk.
 */
@Component
class PlanLetters {

    /** The languages a plan is written in: bokmål and nynorsk. */
    static final List<String> LANGUAGES = List.of("nb", "nn");

    private final PlanService plans;
    private final Letters letters;
    private final ProviderRegister providers;
    private final StaffDirectory staff;

    PlanLetters(PlanService plans, Letters letters, ProviderRegister providers, StaffDirectory staff) {
        this.plans = plans;
        this.letters = letters;
        this.providers = providers;
        this.staff = staff;
    }

    /** Writes and stores the plan (formal or for the family) in a language; returns the document's id. */
    @Transactional
    UUID writePlan(UUID planId, boolean forFamily, String language) {
        PlanContent content = plans.content(planId);
        IndividualPlan plan = content.plan();
        return letters.write(base(forFamily ? DocumentKind.INDIVIDUAL_PLAN_FAMILY : DocumentKind.INDIVIDUAL_PLAN, plan)
                .inLanguage(checked(language))
                .with("planContent", content)
                .with("sections", PlanSection.values())
                .with("providerNames", providers.providerNames(planProviders(content)))
                .with(
                        "lead",
                        plan.leadStaffId() == null
                                ? null
                                : staff.findStaff(plan.leadStaffId()).orElse(null))
                .with("consents", plans.coveringConsents(plan.familyId(), plan.childId())));
    }

    /** Writes and stores the notice of what changed since approved version {@code since}. */
    @Transactional
    UUID writeAmendment(UUID planId, int since, String language) {
        IndividualPlan plan = plans.getPlan(planId);
        return letters.write(base(DocumentKind.PLAN_AMENDMENT, plan)
                .inLanguage(checked(language))
                .with("plan", plan)
                .with("since", since)
                .with("changes", plans.changesSince(planId, since)));
    }

    private LetterRequest base(DocumentKind kind, IndividualPlan plan) {
        return LetterRequest.of(kind, plan.familyId(), plans.today()).aboutChild(plan.childId());
    }

    private static String checked(String language) {
        return LANGUAGES.contains(language) ? language : "nb";
    }

    private static java.util.Set<java.util.UUID> planProviders(PlanContent content) {
        java.util.Set<java.util.UUID> ids = new java.util.HashSet<>();
        content.measures().forEach(m -> ids.add(m.serviceProviderId()));
        content.participants().forEach(p -> ids.add(p.serviceProviderId()));
        ids.remove(null);
        return ids;
    }
}
