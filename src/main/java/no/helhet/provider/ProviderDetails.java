package no.helhet.provider;

/** What is registered about a provider (the organisation number already validated). */
public record ProviderDetails(
        String name, String organisationNumber, OwnerType ownerType, String sectorCode, String law, String address) {}
