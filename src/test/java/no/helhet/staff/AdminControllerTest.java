package no.helhet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class AdminControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorCreatesAProviderContactBoundToItsProvider() {
        String provider = jdbc.sql("select id::text from service_provider where name = 'BUP Demo'")
                .query(String.class)
                .single();
        assertThat(mvc.post()
                        .uri("/admin/staff")
                        .with(fixtures.as("admin"))
                        .with(csrf())
                        .param("fullName", "Nina Bup")
                        .param("username", "nina.bup")
                        .param("password", "et-langt-passord")
                        .param("role", "PROVIDER_CONTACT")
                        .param("serviceProviderId", provider)
                        .param("trainingStatus", "NOT_STARTED"))
                .hasStatus(HttpStatus.FOUND);
        String bound = jdbc.sql("select a.service_provider_id::text from provider_contact_account a"
                        + " join staff_member s on s.id = a.staff_member_id where s.username = 'nina.bup'")
                .query(String.class)
                .single();
        assertThat(bound).isEqualTo(provider);
        assertThat(mvc.get().uri("/").with(fixtures.as("nina.bup")))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/provider-portal");
    }

    @Test
    void aProviderContactNeedsAProviderAndAnEmployeeAUnit() {
        assertThat(mvc.post()
                        .uri("/admin/staff")
                        .with(fixtures.as("admin"))
                        .with(csrf())
                        .param("fullName", "Uten Tilknytning")
                        .param("username", "uten")
                        .param("password", "et-langt-passord")
                        .param("role", "PROVIDER_CONTACT")
                        .param("trainingStatus", "NOT_STARTED"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg tjenesteyteren kontoen hører til.")
                .contains("value=\"Uten Tilknytning\"");
        assertThat(mvc.post()
                        .uri("/admin/staff")
                        .with(fixtures.as("admin"))
                        .with(csrf())
                        .param("fullName", "Uten Enhet")
                        .param("username", "utenenhet")
                        .param("password", "et-langt-passord")
                        .param("role", "COORDINATOR")
                        .param("trainingStatus", "NOT_STARTED"))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en enhet fra listen.");
        assertThat(staff.findStaffByUsername("uten")).isEmpty();
        assertThat(staff.findStaffByUsername("utenenhet")).isEmpty();
    }
}
