package no.helhet.system;

import java.time.Clock;
import java.util.Optional;
import no.helhet.staff.CurrentStaff;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;

/**
 * Who and when on every aggregate: Spring Data JDBC fills {@code created_at/created_by} when an
 * aggregate is first saved and {@code modified_at/modified_by} on every save, with the logged-in
 * staff member's username (a family member's name in the family portal; "system" when none, e.g.
 * scheduled jobs and demo data) and the
 * application's Oslo clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcAuditing(auditorAwareRef = "staffAuditor", dateTimeProviderRef = "clockDateTimeProvider")
class AuditingConfiguration {

    @Bean
    AuditorAware<String> staffAuditor() {
        // A family member in the family portal is named (never by national id); the column holds 100 characters.
        return () -> Optional.of(CurrentStaff.find()
                .map(no.helhet.staff.StaffPrincipal::username)
                .or(() -> no.helhet.audit.CurrentFamilyMember.find()
                        .map(m -> m.name().length() > 100 ? m.name().substring(0, 100) : m.name()))
                .orElse("system"));
    }

    @Bean
    DateTimeProvider clockDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
