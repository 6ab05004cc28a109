package no.helhet.provider;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.helhet.shared.ListSort;
import no.helhet.shared.PageSlice;
import no.helhet.shared.SelectOption;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.ProviderChoices;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of service providers: the module's API for providers. */
@Service
public class ProviderRegister implements ProviderChoices {

    /** The register's list: by name (the default), sector, owner type or law. */
    public static final ListSort.Columns SORTS = ListSort.Columns.tieBrokenBy("id")
            .column("name", "name")
            .column("sector", "sector_code")
            .column("owner", "owner_type")
            .column("law", "law")
            .byDefault("name", ListSort.ASC);

    private final ServiceProviderRepository providers;
    private final ProviderQueries queries;
    private final Clock clock;

    ProviderRegister(ServiceProviderRepository providers, ProviderQueries queries, Clock clock) {
        this.providers = providers;
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional
    public UUID registerProvider(ProviderDetails details, UUID unitId) {
        return providers
                .save(new ServiceProvider(
                        UUID.randomUUID(),
                        details.name(),
                        details.organisationNumber(),
                        details.ownerType(),
                        details.sectorCode(),
                        details.law(),
                        details.address(),
                        unitId,
                        Set.of(),
                        null,
                        null,
                        null,
                        null,
                        null))
                .id();
    }

    /** Changes a provider's details; refuses if someone else changed them since {@code seenVersion}. */
    @Transactional
    public void changeProvider(UUID providerId, int seenVersion, ProviderDetails details) {
        ServiceProvider p = load(providerId, seenVersion);
        providers.save(p.withDetails(details, seenVersion, clock.instant(), CurrentStaff.username()));
    }

    @Transactional
    public void addContact(UUID providerId, int seenVersion, ProviderContact contact) {
        ServiceProvider p = load(providerId, seenVersion);
        providers.save(p.withContact(contact, seenVersion, clock.instant(), CurrentStaff.username()));
    }

    @Transactional(readOnly = true)
    public ProviderSummary getProvider(UUID providerId) {
        return providers.findById(providerId).map(ProviderSummary::of).orElseThrow(ProviderNotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<ProviderSummary> allProviders() {
        return queries.all();
    }

    /** The given providers with their contacts, by name, in two statements however many. */
    @Transactional(readOnly = true)
    public List<ProviderSummary> providers(Collection<UUID> providerIds) {
        return queries.byIds(providerIds);
    }

    /** Every provider's name by id, in one statement: for pages that show names only. */
    @Transactional(readOnly = true)
    public Map<UUID, String> providerNames() {
        return queries.names();
    }

    /**
     * The names of the given providers by id, in one statement: pages show the names of the
     * providers they list, never load the whole register (5,000 providers at the national size).
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> providerNames(Collection<UUID> providerIds) {
        return queries.names(providerIds);
    }

    /** The given providers as choices, by name. */
    @Transactional(readOnly = true)
    public List<SelectOption> providerOptions(Collection<UUID> providerIds) {
        return SelectOption.of(providers(providerIds), ProviderSummary::id, ProviderSummary::name);
    }

    @Transactional(readOnly = true)
    public PageSlice<ProviderSummary> page(ListSort sort, int page, int size) {
        return queries.page(sort, page, size);
    }

    @Transactional(readOnly = true)
    public PageSlice<ProviderSummary> page(int page, int size) {
        var result = providers.findAllByOrderByName(PageRequest.of(page, size));
        return new PageSlice<>(
                result.getContent().stream().map(ProviderSummary::of).toList(), page, size, result.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public List<SelectOption> providerOptions() {
        return queries.options();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean providerExists(UUID providerId) {
        return providers.existsById(providerId);
    }

    private ServiceProvider load(UUID providerId, int seenVersion) {
        ServiceProvider p = providers.findById(providerId).orElseThrow(ProviderNotFoundException::new);
        if (p.version() != seenVersion) {
            throw new OptimisticLockingFailureException("provider changed by someone else");
        }
        return p;
    }
}
