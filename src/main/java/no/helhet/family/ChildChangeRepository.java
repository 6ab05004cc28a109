package no.helhet.family;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ChildChangeRepository extends ListCrudRepository<ChildChange, UUID> {}
