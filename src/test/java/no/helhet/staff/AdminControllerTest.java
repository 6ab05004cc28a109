package no.helhet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
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

    private UnitSummary unitNamed(String name) {
        return staff.units().stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theAdministratorRecordsAUnitsCoordinatorCapacity() {
        UUID unit = staff.registerUnit("Kapasitetsenheten", "HEALTH_CARE", false);
        assertThat(mvc.get().uri("/admin/units/" + unit).with(fixtures.as("admin")))
                .hasStatusOk()
                .bodyText()
                .contains("Koordinatorkapasitet (timer per måned)");
        assertThat(mvc.post()
                        .uri("/admin/units/" + unit)
                        .with(fixtures.as("admin"))
                        .with(csrf())
                        .param("name", "Kapasitetsenheten")
                        .param("sectorCode", "HEALTH_CARE")
                        .param("coordinatorCapacity", "37,5")
                        .param("active", "true")
                        .param(
                                "version",
                                Integer.toString(unitNamed("Kapasitetsenheten").version())))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/admin/units");
        assertThat(unitNamed("Kapasitetsenheten").coordinatorCapacity()).isEqualByComparingTo("37.5");
        assertThat(mvc.get().uri("/admin/units").with(fixtures.as("admin")))
                .bodyText()
                .contains("37,5");
    }

    @Test
    void aCapacityThatIsNoNumberIsRefusedWithTheInputKept() {
        UUID unit = staff.registerUnit("Feilenheten", "HEALTH_CARE", false);
        assertThat(mvc.post()
                        .uri("/admin/units/" + unit)
                        .with(fixtures.as("admin"))
                        .with(csrf())
                        .param("name", "Feilenheten")
                        .param("sectorCode", "HEALTH_CARE")
                        .param("coordinatorCapacity", "fourty hours")
                        .param(
                                "version",
                                Integer.toString(unitNamed("Feilenheten").version())))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv et antall timer fra 0 til 9999, for eksempel 40 eller 37,5.")
                .contains("value=\"fourty hours\"");
        assertThat(unitNamed("Feilenheten").coordinatorCapacity()).isNull();
        assertThat(mvc.post()
                        .uri("/admin/units")
                        .with(fixtures.as("admin"))
                        .with(csrf())
                        .param("name", "Nyenheten")
                        .param("sectorCode", "SCHOOL")
                        .param("coordinatorCapacity", "12345"))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv et antall timer fra 0 til 9999");
    }

    @Test
    void aUnitChangedByAnotherInTheMeantimeIsNotOverwritten() {
        UUID unit = staff.registerUnit("Samtidigenheten", "HEALTH_CARE", false);
        int seen = unitNamed("Samtidigenheten").version();
        staff.changeUnit(unit, seen, "Samtidigenheten", "HEALTH_CARE", false, new java.math.BigDecimal("10"));
        assertThat(mvc.post()
                        .uri("/admin/units/" + unit)
                        .with(fixtures.as("admin"))
                        .with(csrf())
                        .param("name", "Samtidigenheten")
                        .param("sectorCode", "HEALTH_CARE")
                        .param("coordinatorCapacity", "99")
                        .param("version", Integer.toString(seen)))
                .hasStatusOk()
                .bodyText()
                .contains("Noen andre har endret dette mens du arbeidet.");
        assertThat(unitNamed("Samtidigenheten").coordinatorCapacity()).isEqualByComparingTo("10");
        assertThat(mvc.get().uri("/admin/units/" + unit).with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/units/" + UUID.randomUUID()).with(fixtures.as("admin")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
