package no.helhet.outreach;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface OutreachContactRepository extends ListCrudRepository<OutreachContact, UUID> {}
