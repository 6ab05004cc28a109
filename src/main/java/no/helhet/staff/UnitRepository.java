package no.helhet.staff;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, UUID> {

    List<Unit> findAllByOrderByName();
}
