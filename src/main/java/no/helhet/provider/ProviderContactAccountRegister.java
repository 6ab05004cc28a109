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
}
