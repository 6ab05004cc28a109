package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.request.RequestService;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who/when columns are filled by Spring Data JDBC auditing: the logged-in staff member and the application's clock. */
@IntegrationTest
class AuditingIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    RequestService requests;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void createdColumnsHoldTheLoggedInUserAndTheClocksTimeAndStayWhenModifiedChange() {
        FamilyDetails family = fixtures.aFamily("Revisjonsen", 7);
        logIn("ke");
        Instant before = clock.instant();
        UUID requestId = fixtures.aRequest(family, requests.today());
        Instant after = clock.instant();

        Map<String, Object> created = row(requestId);
        assertThat(created.get("created_by")).isEqualTo("ke");
        assertThat(created.get("modified_by")).isEqualTo("ke");
        Instant createdAt = instant(created.get("created_at"));
        assertThat(createdAt).isBetween(before, after);
        assertThat(instant(created.get("modified_at"))).isEqualTo(createdAt);

        logIn("ke2");
        requests.startAssessment(requestId);

        Map<String, Object> modified = row(requestId);
        assertThat(modified.get("created_by")).isEqualTo("ke");
        assertThat(instant(modified.get("created_at"))).isEqualTo(createdAt);
        assertThat(modified.get("modified_by")).isEqualTo("ke2");
        assertThat(instant(modified.get("modified_at"))).isAfter(createdAt).isBeforeOrEqualTo(clock.instant());
    }

    @Test
    void withoutALoggedInStaffMemberTheAuditorIsSystem() {
        FamilyDetails family = fixtures.aFamily("Systemsen", 7);
        UUID requestId = fixtures.aRequest(family, requests.today());
        assertThat(row(requestId)).containsEntry("created_by", "system").containsEntry("modified_by", "system");
    }

    @Test
    void theDateTimeProviderReadsTheInjectedClock() {
        Instant fixed = Instant.parse("2026-03-29T01:30:00Z"); // the night clocks go forward in Oslo
        var provider = new AuditingConfiguration().clockDateTimeProvider(Clock.fixed(fixed, ZoneId.of("Europe/Oslo")));
        assertThat(provider.getNow()).contains(fixed);
        assertThat(new AuditingConfiguration().staffAuditor().getCurrentAuditor())
                .contains("system");
    }

    private Map<String, Object> row(UUID requestId) {
        return jdbc.sql(
                        "select created_at, created_by, modified_at, modified_by from coordinator_request where id = :id")
                .param("id", requestId)
                .query()
                .singleRow();
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp t
                ? t.toInstant()
                : ((java.time.OffsetDateTime) timestamp).toInstant();
    }

    private void logIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
