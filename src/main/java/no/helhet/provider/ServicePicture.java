package no.helhet.provider;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.family.FamilyService;
import no.helhet.staff.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each child's whole service picture across sectors: the module's API for services. */
@Service
public class ServicePicture {

    private final ChildServiceRepository services;
    private final ServiceProviderRepository providers;
    private final ProviderQueries names;
    private final FamilyService families;
    private final Clock clock;

    ServicePicture(
            ChildServiceRepository services,
            ServiceProviderRepository providers,
            ProviderQueries names,
            FamilyService families,
            Clock clock) {
        this.services = services;
        this.providers = providers;
        this.names = names;
        this.families = families;
        this.clock = clock;
    }

    /**
     * Records a service or an unmet need for a child of the family. The sector is the provider's when
     * a provider is given; an unmet need may have none.
     */
    @Transactional
    public UUID recordService(UUID familyId, NewService s) {
        var child = families.getChild(s.childId());
        if (!child.familyId().equals(familyId)) {
            throw new ProviderNotFoundException();
        }
        String sector = s.sectorCode();
        if (s.providerId() != null) {
            sector = providers
                    .findById(s.providerId())
                    .orElseThrow(ProviderNotFoundException::new)
                    .sectorCode();
        }
        return services.save(new ChildService(
                        UUID.randomUUID(),
                        familyId,
                        s.childId(),
                        s.providerId(),
                        sector,
                        s.status(),
                        s.description(),
                        s.startsOn(),
                        s.endsOn(),
                        null,
                        null,
                        null,
                        null,
                        null))
                .id();
    }

    /**
     * A provider contact changes the status or end of one of its own provider's services: only a
     * service of the family named in the address and of a child an active consent covers for the
     * provider ({@code coveredChildren}); anything else is "not found".
     */
    @Transactional
    public void changeByProvider(
            UUID familyId,
            UUID serviceId,
            UUID providerId,
            Set<UUID> coveredChildren,
            ServiceStatus status,
            LocalDate endsOn) {
        ChildService s = services.findById(serviceId)
                .filter(x -> providerId.equals(x.serviceProviderId()))
                .filter(x -> familyId.equals(x.familyId()))
                .filter(x -> coveredChildren.contains(x.childId()))
                .orElseThrow(ProviderNotFoundException::new);
        services.save(new ChildService(
                s.id(),
                s.familyId(),
                s.childId(),
                s.serviceProviderId(),
                s.sectorCode(),
                status,
                s.description(),
                s.startsOn(),
                endsOn,
                s.version(),
                s.createdAt(),
                s.createdBy(),
                clock.instant(),
                CurrentStaff.username()));
    }

    /** The family's services by child, ordered by status, then sector, then start. */
    @Transactional(readOnly = true)
    public Map<UUID, List<ServiceView>> byChild(UUID familyId) {
        List<ChildService> found = services.findByFamilyId(familyId);
        Map<UUID, String> providerNames =
                names.names(found.stream().map(ChildService::serviceProviderId).toList());
        return found.stream()
                .map(s -> new ServiceView(
                        s.id(),
                        s.childId(),
                        s.serviceProviderId(),
                        providerNames.get(s.serviceProviderId()),
                        s.sectorCode(),
                        s.status(),
                        s.description(),
                        s.startsOn(),
                        s.endsOn()))
                .sorted(Comparator.comparing(ServiceView::status)
                        .thenComparing(ServiceView::sectorCode)
                        .thenComparing(ServiceView::startsOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .collect(
                        Collectors.groupingBy(ServiceView::childId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A service or need to record. */
    public record NewService(
            UUID childId,
            UUID providerId,
            String sectorCode,
            ServiceStatus status,
            String description,
            LocalDate startsOn,
            LocalDate endsOn) {}
}
