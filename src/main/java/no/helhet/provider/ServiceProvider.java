package no.helhet.provider;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A service provider with its contact persons. */
@Table("service_provider")
record ServiceProvider(
        @Id UUID id,
        String name,
        String organisationNumber,
        OwnerType ownerType,
        String sectorCode,
        String law,
        String address,
        UUID unitId,
        @MappedCollection(idColumn = "service_provider_id") Set<ProviderContact> contacts,
        @Version Integer version,
        @CreatedDate Instant createdAt,
        @CreatedBy String createdBy,
        @LastModifiedDate Instant modifiedAt,
        @LastModifiedBy String modifiedBy) {

    ServiceProvider withDetails(ProviderDetails d, int seenVersion, Instant at, String by) {
        return new ServiceProvider(
                id,
                d.name(),
                d.organisationNumber(),
                d.ownerType(),
                d.sectorCode(),
                d.law(),
                d.address(),
                unitId,
                contacts,
                seenVersion,
                createdAt,
                createdBy,
                at,
                by);
    }

    ServiceProvider withContact(ProviderContact contact, int seenVersion, Instant at, String by) {
        Set<ProviderContact> all = new java.util.HashSet<>(contacts);
        all.add(contact);
        return new ServiceProvider(
                id,
                name,
                organisationNumber,
                ownerType,
                sectorCode,
                law,
                address,
                unitId,
                all,
                seenVersion,
                createdAt,
                createdBy,
                at,
                by);
    }
}
