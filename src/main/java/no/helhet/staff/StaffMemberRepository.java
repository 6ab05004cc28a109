package no.helhet.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface StaffMemberRepository extends ListCrudRepository<StaffMember, UUID> {

    Optional<StaffMember> findByUsername(String username);

    List<StaffMember> findAllByOrderByFullName();

    List<StaffMember> findByRoleAndActiveOrderByFullName(StaffRole role, boolean active);
}
