package no.helhet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import no.helhet.support.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo generator records the guardians' consent for every family that has services, so the
 * demo's consents and the provider portal are not empty. Same context as the browser tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DemoData
class DemoConsentsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFamilyWithServicesHasAnActiveConsentCoveringTheSchool() {
        // Families on the outreach list have services but no request, and so (rightly) no consent yet.
        long withServices = jdbc.sql("""
                        select count(distinct family_id) from service
                        where family_id in (select family_id from coordinator_request)
                        """).query(Long.class).single();
        long withConsent = jdbc.sql("""
                        select count(distinct c.family_id) from consent c
                        join consent_provider cp on cp.consent_id = c.id
                        join service_provider p on p.id = cp.service_provider_id
                        where p.name = 'Solbakken skole' and c.withdrawn_at is null
                        """).query(Long.class).single();

        assertThat(withServices).isPositive();
        assertThat(withConsent).isEqualTo(withServices);
    }
}
