package no.helhet.consent;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.audit.AccessPolicy;
import no.helhet.consent.ConsentRules.Sharing;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ProviderSummary;
import no.helhet.provider.ServicePicture;
import no.helhet.provider.ServiceView;
import org.springframework.stereotype.Component;

/**
 * The family page's consents, and for every provider involved with a child (giving services or
 * named in a consent) whether it may receive information now, and why.
 */
@Component
class ConsentFamilySection implements FamilySection {

    private final ConsentService consents;
    private final ServicePicture services;
    private final ProviderRegister providers;
    private final AccessPolicy policy;
    private final WithdrawalLosses losses;

    ConsentFamilySection(
            ConsentService consents,
            ServicePicture services,
            ProviderRegister providers,
            AccessPolicy policy,
            WithdrawalLosses losses) {
        this.consents = consents;
        this.services = services;
        this.providers = providers;
        this.policy = policy;
        this.losses = losses;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String template() {
        return "consent/family-section";
    }

    @Override
    public String headingKey() {
        return "consent.section";
    }

    @Override
    public Object data(FamilyDetails family) {
        UUID familyId = family.id();
        List<ConsentView> all = consents.forFamily(familyId);
        Map<UUID, List<ServiceView>> byChild = services.byChild(familyId);
        Map<UUID, Set<UUID>> involved = new LinkedHashMap<>();
        for (var child : family.children()) {
            Set<UUID> ids = new LinkedHashSet<>();
            byChild.getOrDefault(child.id(), List.of()).stream()
                    .map(ServiceView::providerId)
                    .filter(java.util.Objects::nonNull)
                    .forEach(ids::add);
            all.stream().filter(c -> c.childId().equals(child.id())).forEach(c -> ids.addAll(c.providerIds()));
            involved.put(child.id(), ids);
        }
        Map<UUID, ProviderSummary> named =
                providers
                        .providers(
                                involved.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(ProviderSummary::id, p -> p));
        Map<UUID, List<Row>> sharing = new LinkedHashMap<>();
        Map<UUID, String> childNames = new LinkedHashMap<>();
        for (var child : family.children()) {
            childNames.put(child.id(), child.displayName());
            List<Row> rows = involved.get(child.id()).stream()
                    .filter(named::containsKey)
                    .map(id -> new Row(named.get(id), consents.sharing(all, child.id(), id)))
                    .sorted(java.util.Comparator.comparing(r -> r.provider().name()))
                    .toList();
            sharing.put(child.id(), rows);
        }
        boolean mayRecord = policy.mayCoordinate(familyId);
        return new Data(
                familyId,
                all,
                childNames,
                sharing,
                consents.now(),
                consents.today(),
                mayRecord,
                mayRecord ? losses.of(all, named) : Map.of());
    }

    record Row(ProviderSummary provider, Sharing sharing) {}

    record Data(
            UUID familyId,
            List<ConsentView> consents,
            Map<UUID, String> childNames,
            Map<UUID, List<Row>> sharing,
            java.time.Instant now,
            java.time.LocalDate today,
            boolean mayRecord,
            Map<UUID, List<WithdrawalLosses.Row>> losses) {}
}
