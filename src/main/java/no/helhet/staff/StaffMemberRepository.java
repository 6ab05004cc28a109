package no.helhet.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StaffMemberRepository extends ListCrudRepository<StaffMember, UUID> {

    Optional<StaffMember> findByUsername(String username);

    List<StaffMember> findAllByOrderByFullName();

    List<StaffMember> findByUsernameIn(java.util.Collection<String> usernames);

    List<StaffMember> findByRoleAndActiveOrderByFullName(StaffRole role, boolean active);

    /** The active holders of a role, locked until the transaction ends (the last-holder rule). */
    @Query("select * from staff_member where role = :role and active for update")
    List<StaffMember> lockActiveHolders(String role);
}
