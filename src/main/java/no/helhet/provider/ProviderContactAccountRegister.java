package no.helhet.provider;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.ProviderContactAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The provider each contact person's account is bound to, in the provider module's own table. */
@Repository
class ProviderContactAccountRegister implements ProviderContactAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProviderContactAccountRegister(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void bind(UUID staffMemberId, UUID providerId) {
        Timestamp now = Timestamp.from(clock.instant());
        String by = CurrentStaff.username();
        jdbc.sql("""
                        insert into provider_contact_account
                            (staff_member_id, service_provider_id, created_at, created_by, modified_at, modified_by)
                        values (:staffMemberId, :providerId, :now, :by, :now, :by)
                        """)
                .param("staffMemberId", staffMemberId)
                .param("providerId", providerId)
                .param("now", now)
                .param("by", by)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> providerOf(UUID staffMemberId) {
        return jdbc.sql("select service_provider_id from provider_contact_account where staff_member_id = :id")
                .param("id", staffMemberId)
                .query(UUID.class)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> providerNamesOf(java.util.Collection<UUID> staffMemberIds) {
        if (staffMemberIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        jdbc.sql("""
                        select a.staff_member_id, p.name
                        from provider_contact_account a join service_provider p on p.id = a.service_provider_id
                        where a.staff_member_id = any(:ids)
                        """)
                .param("ids", staffMemberIds.toArray(UUID[]::new))
                .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return names;
    }
}
