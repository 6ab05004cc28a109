package no.helhet.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.appointment.AppointmentFixtures;
import no.helhet.appointment.AppointmentService;
import no.helhet.family.FamilyDetails;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class ServiceControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProviderRegister providers;

    @Autowired
    ServicePicture services;

    @Autowired
    AppointmentService appointments;

    @Autowired
    StaffDirectory staff;

    @Test
    void theAppointedCoordinatorRecordsServicesAndTheFamilyPageShowsThePicture() {
        FamilyDetails family = fixtures.aFamily("Tjenestesen", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        appointments.appointCoordinator(decisionId, AppointmentFixtures.draft(hanne));
        UUID ppt = providerNamed("PP-tjenesten");
        UUID child = family.children().get(0).id();

        assertThat(record(
                        family.id(), "koord1", child.toString(), "APPLIED", ppt.toString(), "", "Sakkyndig vurdering"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(record(family.id(), "koord1", child.toString(), "UNMET_NEED", "", "HEALTH_CARE", "Avlastning"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(services.byChild(family.id()).get(child))
                .extracting(ServiceView::status, ServiceView::sectorCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ServiceStatus.APPLIED, "SCHOOL"),
                        org.assertj.core.groups.Tuple.tuple(ServiceStatus.UNMET_NEED, "HEALTH_CARE"));
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord1")))
                .hasStatusOk()
                .bodyText()
                .contains("Søkt om")
                .contains("Udekket behov")
                .contains("Sakkyndig vurdering")
                .contains("Skole og PPT");
    }

    @Test
    void anotherCoordinatorCannotRecordAndNothingIsStored() {
        FamilyDetails family = fixtures.aFamily("Fremmedsen", 9);
        UUID child = family.children().get(0).id();
        assertThat(record(family.id(), "koord2", child.toString(), "UNMET_NEED", "", "HEALTH_CARE", "Avlastning"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(services.byChild(family.id())).isEmpty();
    }

    @Test
    void aServiceNeedsAProviderUnlessItIsAnUnmetNeedAndTheInputIsKept() {
        FamilyDetails family = fixtures.aFamily("Mangelsen", 9);
        UUID child = family.children().get(0).id();
        MvcTestResult result = record(family.id(), "ke", child.toString(), "RECEIVED", "", "", "Logoped hver uke");
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Velg tjenesteyteren")
                .contains("Velg sektor når ingen tjenesteyter er valgt.")
                .contains("Logoped hver uke");
        assertThat(services.byChild(family.id())).isEmpty();
    }

    @Test
    void theProviderRegisterValidatesOrganisationNumbersAndDetectsConcurrentEdits() {
        MvcTestResult bad = mvc.post()
                .uri("/providers")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("name", "Ny barnehage")
                .param("organisationNumber", "974760674")
                .param("ownerType", "KINDERGARTEN_PUBLIC_GRANT")
                .param("sectorCode", "KINDERGARTEN")
                .param("law", "barnehageloven")
                .exchange();
        assertThat(bad).hasStatusOk().bodyText().contains("Organisasjonsnummeret er ikke gyldig");

        assertThat(mvc.post()
                        .uri("/providers")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("name", "Solstrålen barnehage")
                        .param("organisationNumber", "974 760 673")
                        .param("ownerType", "KINDERGARTEN_PUBLIC_GRANT")
                        .param("sectorCode", "KINDERGARTEN")
                        .param("law", "barnehageloven"))
                .hasStatus(HttpStatus.FOUND);
        UUID id = providerNamed("Solstrålen barnehage");
        int seen = providers.getProvider(id).version();
        assertThat(contact(id, seen, "Kari Styrer")).hasStatus(HttpStatus.FOUND);
        assertThat(contact(id, seen, "Ola Styrer")).hasStatusOk().bodyText().contains("Noen andre har endret dette");
        assertThat(providers.getProvider(id).contacts())
                .extracting(ProviderContact::name)
                .containsExactly("Kari Styrer");

        assertThat(mvc.post()
                        .uri("/providers")
                        .with(fixtures.as("koord1"))
                        .with(csrf())
                        .param("name", "X"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/providers").with(fixtures.as("koord1")))
                .hasStatusOk()
                .bodyText()
                .contains("Solstrålen barnehage");
    }

    private MvcTestResult contact(UUID providerId, int version, String name) {
        return mvc.post()
                .uri("/providers/" + providerId + "/contacts")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("name", name)
                .param("role", "Styrer")
                .param("version", String.valueOf(version))
                .exchange();
    }

    private MvcTestResult record(
            UUID familyId,
            String user,
            String childId,
            String status,
            String providerId,
            String sector,
            String description) {
        return mvc.post()
                .uri("/families/" + familyId + "/services")
                .with(fixtures.as(user))
                .with(csrf())
                .param("childId", childId)
                .param("status", status)
                .param("providerId", providerId)
                .param("sectorCode", sector)
                .param("description", description)
                .exchange();
    }

    private UUID providerNamed(String name) {
        return providers.allProviders().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
