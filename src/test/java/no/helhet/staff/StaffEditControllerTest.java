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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The administrator edits and deactivates accounts and units, and sees who holds which role (issue 8, item 9). */
@IntegrationTest
class StaffEditControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffDirectory directory;

    @Autowired
    StaffFixtures staffFixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorEditsAUserAndADeactivatedUserCannotLogIn() {
        UUID unit = directory.units().get(0).id();
        UUID id = staffFixtures
                .aStaffMember("slutter")
                .named("Siri Slutter")
                .inUnit(unit)
                .build();
        assertThat(logIn("slutter")).hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/admin/staff/" + id).with(fixtures.as("admin")))
                .hasStatusOk()
                .bodyText()
                .contains("Endre bruker: Siri Slutter", "value=\"Siri Slutter\"");

        assertThat(change(id, "Siri Slutter-Berg", StaffRole.COORDINATOR, unit, false, version(id)))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/admin/staff")
                .flash()
                .containsEntry("saved", "admin.staff.changed");
        assertThat(logIn("slutter")).hasRedirectedUrl("/login?error");
        assertThat(mvc.get().uri("/admin/staff").with(fixtures.as("admin")))
                .bodyText()
                .contains("Siri Slutter-Berg", "Deaktivert");

        // A form loaded before that change is refused, with the form kept.
        assertThat(change(id, "Gammel Versjon", StaffRole.COORDINATOR, unit, true, version(id) - 1))
                .hasStatusOk()
                .bodyText()
                .contains("Noen andre har endret dette", "value=\"Gammel Versjon\"");
        assertThat(directory.findStaff(id).orElseThrow().active()).isFalse();
    }

    @Test
    void theLastLeadAndTheLastAdministratorCannotBeRemoved() {
        UUID admin = directory.findStaffByUsername("admin").orElseThrow().id();
        UUID lead = directory.findStaffByUsername("kelead").orElseThrow().id();
        UUID unit = directory.findStaff(admin).orElseThrow().unitId();
        UUID keUnit = directory.findStaff(lead).orElseThrow().unitId();

        assertThat(change(admin, "Siv Admin", StaffRole.ADMIN, unit, false, version(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("siste aktive administratoren");
        assertThat(change(lead, "Randi Aas", StaffRole.KE_CASEWORKER, keUnit, true, version(lead)))
                .hasStatusOk()
                .bodyText()
                .contains("siste aktive lederen av koordinerende enhet");
        assertThat(directory.findStaff(admin).orElseThrow().active()).isTrue();
        assertThat(directory.findStaff(lead).orElseThrow().role()).isEqualTo(StaffRole.KE_LEAD);

        // With a second administrator, one of them may go; then the one left is the last again.
        UUID second = staffFixtures
                .aStaffMember("admin-vikar")
                .named("Vikar Admin")
                .as(StaffRole.ADMIN)
                .inUnit(unit)
                .build();
        assertThat(change(second, "Vikar Admin", StaffRole.ADMIN, unit, false, version(second)))
                .hasStatus(HttpStatus.FOUND);
        assertThat(change(admin, "Siv Admin", StaffRole.LEADER, unit, true, version(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("siste aktive administratoren");
        assertThat(directory.findStaff(admin).orElseThrow().role()).isEqualTo(StaffRole.ADMIN);
    }

    @Test
    void theAdministratorEditsAndDeactivatesAUnitThatIsThenNoLongerOffered() {
        UUID unit = directory.registerUnit("Gamle Skolen", "SCHOOL", false);
        assertThat(mvc.get().uri("/admin/staff").with(fixtures.as("admin")))
                .bodyText()
                .contains(">Gamle Skolen</option>");
        assertThat(mvc.post()
                        .uri("/admin/units/" + unit)
                        .with(fixtures.as("admin"))
                        .with(csrf())
                        .param("name", "Gamle Skolen (nedlagt)")
                        .param("sectorCode", "SCHOOL")
                        .param("version", String.valueOf(unitVersion(unit))))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("saved", "admin.unit.changed");
        assertThat(directory.findUnit(unit).orElseThrow().active()).isFalse();
        assertThat(mvc.get().uri("/admin/units").with(fixtures.as("admin")))
                .bodyText()
                .contains("Gamle Skolen (nedlagt)", "Deaktivert");
        assertThat(mvc.get().uri("/admin/staff").with(fixtures.as("admin")))
                .bodyText()
                .doesNotContain("Gamle Skolen");
        assertThat(mvc.post()
                        .uri("/admin/units/" + unit)
                        .with(fixtures.as("admin"))
                        .with(csrf())
                        .param("name", "")
                        .param("sectorCode", "SCHOOL")
                        .param("active", "true")
                        .param("version", String.valueOf(unitVersion(unit))))
                .hasStatusOk()
                .bodyText()
                .contains("ds-error-summary");
    }

    @Test
    void theAdministratorSeesWhoHoldsWhichRoleAndNobodyElseDoes() {
        assertThat(mvc.get().uri("/admin/roles").with(fixtures.as("admin")))
                .hasStatusOk()
                .bodyText()
                .contains("Roller og hvem som har dem", "Siv Admin", "Randi Aas", "Per Kommunalsjef")
                .contains("aria-current=\"page\"");
        assertThat(mvc.get().uri("/admin/roles").with(fixtures.as("kelead"))).hasStatus4xxClientError();
    }

    private MvcTestResult change(UUID id, String name, StaffRole role, UUID unit, boolean active, int version) {
        var request = mvc.post()
                .uri("/admin/staff/" + id)
                .with(fixtures.as("admin"))
                .with(csrf())
                .param("fullName", name)
                .param("role", role.name())
                .param("unitId", unit.toString())
                .param("trainingStatus", "NOT_STARTED")
                .param("version", String.valueOf(version));
        if (active) {
            request = request.param("active", "true");
        }
        return request.exchange();
    }

    private int version(UUID staffId) {
        return jdbc.sql("select version from staff_member where id = :id")
                .param("id", staffId)
                .query(Integer.class)
                .single();
    }

    private int unitVersion(UUID unitId) {
        return jdbc.sql("select version from unit where id = :id")
                .param("id", unitId)
                .query(Integer.class)
                .single();
    }

    private MvcTestResult logIn(String username) {
        return mvc.post()
                .uri("/login")
                .param("username", username)
                .param("password", StaffFixtures.PASSWORD)
                .with(csrf())
                .exchange();
    }
}
