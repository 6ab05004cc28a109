package no.helhet.family;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ChildRepository extends ListCrudRepository<Child, UUID> {

    List<Child> findByFamilyId(UUID familyId);

    List<Child> findByFamilyIdIn(Collection<UUID> familyIds);

    List<Child> findByBirthDateBetween(LocalDate from, LocalDate to);
}
