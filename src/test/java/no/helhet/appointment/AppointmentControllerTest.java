package no.helhet.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.request.RequestService;
import no.helhet.request.RequestStatus;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class AppointmentControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffDirectory staff;

    @Autowired
    AppointmentService appointments;

    @Autowired
    RequestService requests;

    @Autowired
    FamilyService families;

    @Test
    void theCandidateListShowsUnitSectorLoadAndTraining() {
        FamilyDetails family = fixtures.aFamily("Kandidatsen", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);
        MvcTestResult form = mvc.get()
                .uri("/decisions/" + decisionId + "/appointments/new")
                .with(fixtures.as("ke"))
                .exchange();
        assertThat(form).hasStatusOk();
        assertThat(form)
                .bodyText()
                .contains("Hanne Lie")
                .contains("Helsestasjonen")
                .contains("Helse og omsorg")
                .contains("Familier nå")
                .contains("Pågår");
    }

    @Test
    void aReasonIsRequiredWhenTheFamilysWishIsNotFollowed() {
        FamilyDetails family = fixtures.aFamily("Ønskesen", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        UUID ole = staff.findStaffByUsername("koord2").orElseThrow().id();
        MvcTestResult result = appoint(decisionId, hanne, ole, "");
        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Skriv hvorfor familiens ønske ikke følges.");
        assertThat(appointments.forFamily(family.id())).isEmpty();

        assertThat(appoint(decisionId, hanne, ole, "Hanne Lie har ikke kapasitet nå."))
                .hasStatus(HttpStatus.FOUND);
        AppointmentView appointment = appointments.forFamily(family.id()).get(0);
        assertThat(appointment.coordinatorId()).isEqualTo(ole);
        assertThat(appointment.reasonWishNotFollowed()).isEqualTo("Hanne Lie har ikke kapasitet nå.");
    }

    @Test
    void theAppointedCoordinatorFindsTheFamilyAndOnlyThatCoordinator() {
        FamilyDetails family = fixtures.aFamily("Oppnevntsen", 11);
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.NOT_FOUND);

        assertThat(appoint(decisionId, hanne, hanne, "")).hasStatus(HttpStatus.FOUND);

        UUID requestId = requests.forFamily(family.id()).get(0).id();
        assertThat(requests.getRequest(requestId).status()).isEqualTo(RequestStatus.APPOINTED);
        assertThat(mvc.get().uri("/my-families").with(fixtures.as("koord1")))
                .hasStatusOk()
                .bodyText()
                .contains("Oppnevntsen");
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord1")))
                .hasStatusOk()
                .bodyText()
                .contains("Oppnevntsen");
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord2")))
                .hasStatus(HttpStatus.NOT_FOUND);

        AppointmentView appointment = appointments.forFamily(family.id()).get(0);
        MvcTestResult letter = mvc.get()
                .uri("/families/" + family.id() + "/documents/" + appointment.letterDocumentId())
                .with(fixtures.as("koord1"))
                .exchange();
        assertThat(letter).hasStatusOk();
        byte[] pdf = letter.getResponse().getContentAsByteArray();
        assertThat(PdfA.validate(pdf).isCompliant()).isTrue();
        assertThat(PdfA.text(pdf))
                .contains("Hanne Lie")
                .contains("Helsestasjonen")
                .contains("koord1@demo.kommune.no");
    }

    @Test
    void aRefusedDecisionCannotBeAppointed() {
        assertThat(mvc.get()
                        .uri("/decisions/" + UUID.randomUUID() + "/appointments/new")
                        .with(fixtures.as("ke")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void hoursPerMonthAreCheckedNextToTheFieldAndKept() {
        FamilyDetails family = fixtures.aFamily("Timesen", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        for (String bad : new String[] {"mange", "250"}) {
            assertThat(mvc.post()
                            .uri("/decisions/" + decisionId + "/appointments")
                            .with(fixtures.as("ke"))
                            .with(csrf())
                            .param("familyWish", "NONE")
                            .param("coordinatorId", hanne.toString())
                            .param("hoursPerMonth", bad))
                    .hasStatusOk()
                    .bodyText()
                    .contains("id=\"hoursPerMonth-error\"", "value=\"" + bad + "\"");
        }
        assertThat(mvc.post()
                        .uri("/decisions/" + decisionId + "/appointments")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("familyWish", "NONE")
                        .param("coordinatorId", hanne.toString())
                        .param("hoursPerMonth", "7,5"))
                .hasStatus(HttpStatus.FOUND);
    }

    private MvcTestResult appoint(UUID decisionId, UUID wished, UUID chosen, String reason) {
        return mvc.post()
                .uri("/decisions/" + decisionId + "/appointments")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("familyWish", "PERSON")
                .param("wishedStaffId", wished.toString())
                .param("childWish", "En som kjenner skolen")
                .param("coordinatorId", chosen.toString())
                .param("reasonWishNotFollowed", reason)
                .exchange();
    }
}
