package no.helhet.plan;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import no.helhet.consent.ConsentForm;
import no.helhet.consent.ConsentGiver;
import no.helhet.consent.ConsentRules.NewConsent;
import no.helhet.consent.ConsentService;
import no.helhet.consent.InformationKind;
import no.helhet.family.FamilyDetails;
import no.helhet.provider.ProviderRegister;
import no.helhet.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/** Plans for tests, built through the real services: a consent that covers the plan, then the plan. */
@Component
public class PlanFixtures {

    private final ConsentService consents;
    private final PlanService plans;
    private final ProviderRegister providers;
    private final StaffDirectory staff;

    PlanFixtures(ConsentService consents, PlanService plans, ProviderRegister providers, StaffDirectory staff) {
        this.consents = consents;
        this.plans = plans;
        this.providers = providers;
        this.staff = staff;
    }

    /** A consent for the family's first child that covers the individual plan and shares it with the provider. */
    public UUID aPlanConsent(FamilyDetails family, UUID providerId, InformationKind... kinds) {
        EnumSet<InformationKind> information = EnumSet.of(InformationKind.INDIVIDUAL_PLAN, kinds);
        return consents.recordConsent(
                family.id(),
                new NewConsent(
                        family.children().get(0).id(),
                        ConsentGiver.GUARDIANS,
                        Set.of(family.guardians().get(0).id()),
                        providerId == null ? Set.of() : Set.of(providerId),
                        information,
                        ConsentForm.WRITTEN,
                        consents.today(),
                        null));
    }

    /** A plan for the family's first child, led by {@code koord1}, resting on a consent that covers the school. */
    public UUID aPlan(FamilyDetails family) {
        aPlanConsent(family, providerNamed("Solbakken skole"));
        return plans.startPlan(family.id(), family.children().get(0).id(), staffId("koord1"));
    }

    public UUID providerNamed(String name) {
        return providers.allProviders().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    public UUID staffId(String username) {
        return staff.findStaffByUsername(username).orElseThrow().id();
    }
}
