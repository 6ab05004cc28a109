package no.helhet.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ConsentRepository extends ListCrudRepository<Consent, UUID> {

    List<Consent> findByChildId(UUID childId);

    /** Consents not withdrawn whose last day falls between two dates, both included. */
    List<Consent> findByWithdrawnAtIsNullAndExpiresOnBetween(LocalDate from, LocalDate to);

    /** Consents naming the provider that are not withdrawn (expiry is checked by the caller). */
    @Query("select c.* from consent c join consent_provider p on p.consent_id = c.id"
            + " where p.service_provider_id = :providerId and c.withdrawn_at is null")
    List<Consent> findNotWithdrawnByProvider(UUID providerId);
}
