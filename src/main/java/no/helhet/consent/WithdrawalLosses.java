package no.helhet.consent;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ProviderSummary;
import org.springframework.stereotype.Component;

/**
 * For the confirmation of a withdrawal (issue 8 item 3): which providers lose access the moment a
 * consent is withdrawn, by name, each with the kinds of information it loses.
 */
@Component
class WithdrawalLosses {

    private final ConsentService consents;
    private final ProviderRegister providers;

    WithdrawalLosses(ConsentService consents, ProviderRegister providers) {
        this.consents = consents;
        this.providers = providers;
    }

    /** The losses of withdrawing one consent of the family. */
    List<Row> of(ConsentView consent, List<ConsentView> familyConsents) {
        List<ConsentRules.Loss> losses = consents.withdrawalLosses(consent, familyConsents);
        Set<UUID> ids = losses.stream().map(ConsentRules.Loss::providerId).collect(Collectors.toSet());
        Map<UUID, String> names =
                providers.providers(ids).stream().collect(Collectors.toMap(ProviderSummary::id, ProviderSummary::name));
        return rows(Map.of(consent.id(), losses), names).get(consent.id());
    }

    /**
     * For every consent of the family not yet withdrawn, its losses (by the consent's id), the
     * providers named from {@code named} (the page has read them already).
     */
    Map<UUID, List<Row>> of(List<ConsentView> familyConsents, Map<UUID, ProviderSummary> named) {
        Map<UUID, List<ConsentRules.Loss>> losses = new LinkedHashMap<>();
        familyConsents.stream()
                .filter(c -> c.withdrawnAt() == null)
                .forEach(c -> losses.put(c.id(), consents.withdrawalLosses(c, familyConsents)));
        Map<UUID, String> names = new LinkedHashMap<>();
        named.forEach((id, p) -> names.put(id, p.name()));
        return rows(losses, names);
    }

    private static Map<UUID, List<Row>> rows(Map<UUID, List<ConsentRules.Loss>> losses, Map<UUID, String> names) {
        Map<UUID, List<Row>> rows = new LinkedHashMap<>();
        losses.forEach((consentId, list) -> rows.put(
                consentId,
                list.stream()
                        .map(l -> new Row(
                                names.getOrDefault(l.providerId(), "–"),
                                l.kinds().stream().sorted().toList()))
                        .sorted(Comparator.comparing(Row::provider))
                        .toList()));
        return rows;
    }

    /** A provider by name and the kinds of information it loses. */
    record Row(String provider, List<InformationKind> kinds) {}
}
