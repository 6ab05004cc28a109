package no.helhet.provider;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A provider as pages and other modules see it. */
public record ProviderSummary(
        UUID id,
        String name,
        String organisationNumber,
        OwnerType ownerType,
        String sectorCode,
        String law,
        String address,
        List<ProviderContact> contacts,
        int version) {

    static ProviderSummary of(ServiceProvider p) {
        return new ProviderSummary(
                p.id(),
                p.name(),
                p.organisationNumber(),
                p.ownerType(),
                p.sectorCode(),
                p.law(),
                p.address(),
                p.contacts().stream()
                        .sorted(Comparator.comparing(ProviderContact::name))
                        .toList(),
                p.version());
    }
}
