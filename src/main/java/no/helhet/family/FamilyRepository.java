package no.helhet.family;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface FamilyRepository extends ListCrudRepository<Family, UUID> {}
