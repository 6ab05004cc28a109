package no.helhet.outreach;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface OutreachFlagRepository extends ListCrudRepository<OutreachFlag, UUID> {}
