package no.helhet.collaboration;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.helhet.family.TimelineSource;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ProviderSummary;
import org.springframework.stereotype.Component;

/** The first contacts with providers on a family's timeline, shown by the provider's name. */
@Component
class CollaborationTimeline implements TimelineSource {

    private final ProviderRegister providers;

    CollaborationTimeline(ProviderRegister providers) {
        this.providers = providers;
    }

    @Override
    public List<TimelineSelect> selects() {
        return List.of(new TimelineSelect("CONTACT", """
                select ((k.contacted_on + time '12:00') at time zone 'Europe/Oslo') as occurred_at, 'CONTACT' as kind, k.child_id,
                       k.service_provider_id::text as detail, k.modified_by as recorded_by,
                       k.modified_at as registered_at, '/families/' || k.family_id as link
                  from collaboration k where k.family_id = :familyId and k.contacted_on is not null
                """));
    }

    @Override
    public Map<String, String> detailTexts(String kind, Collection<String> providerIds) {
        return providers.allProviders().stream()
                .filter(p -> providerIds.contains(p.id().toString()))
                .collect(Collectors.toMap(p -> p.id().toString(), ProviderSummary::name));
    }
}
