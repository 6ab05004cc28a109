package no.helhet.provider;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.audit.AccessPolicy;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import org.springframework.stereotype.Component;

/** The family page's service picture: per child, what is received, applied for and needed, across sectors. */
@Component
class ServiceFamilySection implements FamilySection {

    private final ServicePicture services;
    private final AccessPolicy policy;

    ServiceFamilySection(ServicePicture services, AccessPolicy policy) {
        this.services = services;
        this.policy = policy;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "provider/family-section";
    }

    @Override
    public String headingKey() {
        return "service.section";
    }

    @Override
    public Object data(FamilyDetails family) {
        UUID familyId = family.id();
        return new Data(familyId, services.byChild(familyId), services.today(), policy.mayCoordinate(familyId));
    }

    record Data(UUID familyId, Map<UUID, List<ServiceView>> byChild, java.time.LocalDate today, boolean mayRecord) {}
}
