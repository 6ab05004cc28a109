package no.helhet.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.request.RequestService;
import no.helhet.request.RequestStatus;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffRole;
import no.helhet.staff.StaffSummary;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
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

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

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
                            .param("confirmed", "true")
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
                        .param("confirmed", "true")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("familyWish", "NONE")
                        .param("coordinatorId", hanne.toString())
                        .param("childNotHeardReason", "DECLINED")
                        .param("consentGivenBy", "GUARDIANS")
                        .param("consentGivenOn", java.time.LocalDate.now().toString())
                        .param("delegationDecidedBy", "Kommunalsjef")
                        .param("delegationDecidedOn", java.time.LocalDate.now().toString())
                        .param("delegationUnitLeader", "Enhetsleder")
                        .param("hoursPerMonth", "7,5"))
                .hasStatus(HttpStatus.FOUND);
    }

    @Test
    void noCoordinatorIsAppointedWithoutConfirmationAndTheInputIsKept(
            @org.springframework.beans.factory.annotation.Autowired
                    org.springframework.jdbc.core.simple.JdbcClient db) {
        FamilyDetails family = fixtures.aFamily("Bekreftsen", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);
        MvcTestResult result = mvc.post()
                .uri("/decisions/" + decisionId + "/appointments")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("familyWish", "NONE")
                .param("childWish", "Ikke bekreftet enda")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("id=\"confirmed-error\"")
                .contains("Kryss av for at du har kontrollert oppnevningen før koordinatoren oppnevnes.")
                .contains("Ikke bekreftet enda");
        assertThat(db.sql("select count(*) from appointment where decision_id = :id")
                        .param("id", decisionId)
                        .query(Long.class)
                        .single())
                .as("nobody appointed without confirmation")
                .isZero();
    }

    private MvcTestResult appoint(UUID decisionId, UUID wished, UUID chosen, String reason) {
        return mvc.post()
                .uri("/decisions/" + decisionId + "/appointments")
                .param("confirmed", "true")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("familyWish", "PERSON")
                .param("wishedStaffId", wished.toString())
                .param("childWish", "En som kjenner skolen")
                .param("childWishHow", "Samtale med barnet")
                .param("childWishWeighing", "Ønsket er vektlagt.")
                .param("coordinatorId", chosen.toString())
                .param("reasonWishNotFollowed", reason)
                .param("consentGivenBy", "GUARDIANS")
                .param("consentGivenOn", LocalDate.now().minusDays(2).toString())
                .param("delegationDecidedBy", "Kommunalsjef Helse")
                .param("delegationDecidedOn", LocalDate.now().minusDays(1).toString())
                .param("delegationUnitLeader", "Enhetsleder Eva Berg")
                .exchange();
    }

    @Test
    void theFamilysConsentAndTheDelegationAreRequiredAndPrintOnTheLetter() {
        FamilyDetails family = fixtures.aFamily("Delegertsen", 10);
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        MvcTestResult missing = mvc.post()
                .uri("/decisions/" + decisionId + "/appointments")
                .param("confirmed", "true")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("familyWish", "NONE")
                .param("childWish", "Vil ha Hanne")
                .param("childWishHow", "Samtale")
                .param("coordinatorId", hanne.toString())
                .param("consentGivenBy", "YOUTH")
                .param("consentGivenOn", "not a date")
                .param("delegationDecidedOn", LocalDate.now().plusDays(3).toString())
                .exchange();
        assertThat(missing).hasStatusOk();
        assertThat(missing)
                .bodyText()
                .contains("Ungdommen kan samtykke selv først fra fylte 16 år")
                .contains("Skriv en gyldig dato.")
                .contains("Skriv hvem som fattet delegeringsvedtaket.")
                .contains("Datoen kan ikke være fram i tid.")
                .contains("Skriv hvem som leder koordinatorens enhet.")
                .contains("value=\"not a date\"");
        assertThat(appointments.forFamily(family.id())).isEmpty();

        assertThat(appoint(decisionId, hanne, hanne, "")).hasStatus(HttpStatus.FOUND);
        AppointmentView appointment = appointments.forFamily(family.id()).get(0);
        assertThat(appointment.consent().givenBy()).isEqualTo(AppointmentConsentGiver.GUARDIANS);
        assertThat(appointment.delegation().unitName()).isEqualTo("Helsestasjonen");
        byte[] pdf = mvc.get()
                .uri("/families/" + family.id() + "/documents/" + appointment.letterDocumentId())
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfA.validate(pdf).isCompliant()).isTrue();
        assertThat(PdfA.text(pdf))
                .contains("dere som foreldre samtykket til oppnevningen")
                .contains("Kommunalsjef Helse")
                .contains("Enhetsleder Eva Berg");
    }

    @Test
    void theChildsWishIsRequiredFromSevenAndItsWeighingFromTwelve() {
        FamilyDetails family = fixtures.aFamily("Ønskebarnsen", 12);
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        assertThat(mvc.get()
                        .uri("/decisions/" + decisionId + "/appointments/new")
                        .with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Fra 12 år skal barnets mening ha stor vekt");
        MvcTestResult silent = mvc.post()
                .uri("/decisions/" + decisionId + "/appointments")
                .param("confirmed", "true")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("familyWish", "NONE")
                .param("childWish", "Vil ha Hanne")
                .param("coordinatorId", hanne.toString())
                .exchange();
        assertThat(silent).hasStatusOk();
        assertThat(silent)
                .bodyText()
                .contains("Skriv hvordan barnet ble spurt.")
                .contains("Barnet er 12 år, og fra 12 år skal meningen ha stor vekt")
                .contains(">Vil ha Hanne</textarea>");
        assertThat(appointments.forFamily(family.id())).isEmpty();
    }

    @Test
    void theFamilyMayWishForAnyoneAlsoWithoutAnAccount() {
        FamilyDetails family = fixtures.aFamily("Hvemsomhelstsen", 5);
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        MvcTestResult nobody = mvc.post()
                .uri("/decisions/" + decisionId + "/appointments")
                .param("confirmed", "true")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("familyWish", "PERSON")
                .param("wishedPersonRole", "Fysioterapeut")
                .param("coordinatorId", hanne.toString())
                .exchange();
        assertThat(nobody).hasStatusOk();
        assertThat(nobody)
                .bodyText()
                .contains("Skriv navnet på personen familien ønsker, eller velg kontoen.")
                .contains("value=\"Fysioterapeut\"");

        MvcTestResult result = mvc.post()
                .uri("/decisions/" + decisionId + "/appointments")
                .param("confirmed", "true")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("familyWish", "PERSON")
                .param("wishedPersonName", "Siri Fysio")
                .param("wishedPersonRole", "Fysioterapeut")
                .param("wishedPersonWorkplace", "Privat fysioterapi")
                .param("wishedPersonContact", "900 00 000")
                .param("coordinatorId", hanne.toString())
                .param("reasonWishNotFollowed", "Siri Fysio er ikke ansatt i kommunen.")
                .param("consentGivenBy", "GUARDIANS")
                .param("consentGivenOn", LocalDate.now().toString())
                .param("delegationDecidedBy", "Kommunalsjef")
                .param("delegationDecidedOn", LocalDate.now().toString())
                .param("delegationUnitLeader", "Eva")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        AppointmentView appointment = appointments.forFamily(family.id()).get(0);
        assertThat(appointment.wishedPerson().name()).isEqualTo("Siri Fysio");
        assertThat(appointment.wishedPerson().staffId()).isNull();
        UUID requestId = requests.forFamily(family.id()).get(0).id();
        assertThat(mvc.get().uri("/requests/" + requestId).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Siri Fysio")
                .contains("Privat fysioterapi")
                .contains("900 00 000")
                .contains("har ikke konto i Helhet")
                .contains("Koble til kontoen");

        UUID ole = staff.findStaffByUsername("koord2").orElseThrow().id();
        String base = "/decisions/" + decisionId + "/appointments/wished-person-account";
        assertThat(mvc.post()
                        .uri(base)
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("appointmentId", appointment.id().toString())
                        .param("version", String.valueOf(appointment.version()))
                        .param("staffId", "not-an-id"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/requests/" + requestId + "?accountMissing#appointment-section");
        assertThat(mvc.post()
                        .uri(base)
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("appointmentId", appointment.id().toString())
                        .param("version", String.valueOf(appointment.version() + 1))
                        .param("staffId", ole.toString()))
                .hasRedirectedUrl("/requests/" + requestId + "?conflict#appointment-section");
        assertThat(mvc.post()
                        .uri(base)
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("appointmentId", appointment.id().toString())
                        .param("version", String.valueOf(appointment.version()))
                        .param("staffId", ole.toString()))
                .hasRedirectedUrl("/requests/" + requestId + "?accountLinked#appointment-section");
        assertThat(appointments.forFamily(family.id()).get(0).wishedStaffId()).isEqualTo(ole);
        assertThat(mvc.post()
                        .uri(base)
                        .with(fixtures.as("koord1"))
                        .with(csrf())
                        .param("appointmentId", appointment.id().toString())
                        .param("version", "1")
                        .param("staffId", ole.toString()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theCoordinatingUnitCreatesOnlyACoordinatorAccountForTheWishedPersonAndSeesItsPasswordOnce() throws Exception {
        FamilyDetails family = fixtures.aFamily("Kontoløsen", 6);
        UUID decisionId = fixtures.aGrantedDecision(family);
        StaffSummary hanne = staff.findStaffByUsername("koord1").orElseThrow();
        assertThat(mvc.post()
                        .uri("/decisions/" + decisionId + "/appointments")
                        .param("confirmed", "true")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("familyWish", "PERSON")
                        .param("wishedPersonName", "Åse Ødegård")
                        .param("wishedPersonRole", "Helsesykepleier")
                        .param("wishedPersonWorkplace", hanne.unitName())
                        .param("wishedPersonContact", "ase@example.no")
                        .param("coordinatorId", hanne.id().toString())
                        .param("reasonWishNotFollowed", "Åse Ødegård har ennå ingen konto.")
                        .param("consentGivenBy", "GUARDIANS")
                        .param("consentGivenOn", LocalDate.now().toString())
                        .param("delegationDecidedBy", "Kommunalsjef")
                        .param("delegationDecidedOn", LocalDate.now().toString())
                        .param("delegationUnitLeader", "Eva"))
                .hasStatus(HttpStatus.FOUND);
        AppointmentView appointment = appointments.forFamily(family.id()).get(0);
        UUID requestId = requests.forFamily(family.id()).get(0).id();
        String form = "/decisions/" + decisionId + "/wished-person-account";
        assertThat(mvc.get().uri("/requests/" + requestId).with(fixtures.as("ke")))
                .bodyText()
                .contains(form + "?appointmentId=" + appointment.id());

        assertThat(mvc.get().uri(form + "?appointmentId=" + appointment.id()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"&Aring;se &Oslash;deg&aring;rd\"")
                .contains("value=\"ase.odegard\"")
                .contains("value=\"ase@example.no\"")
                .contains("value=\"" + hanne.unitId() + "\" selected=\"selected\"")
                .contains("Helsesykepleier");
        assertThat(mvc.get().uri(form + "?appointmentId=" + appointment.id()).with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(form + "?appointmentId=nonsense").with(fixtures.as("ke")))
                .hasStatus(HttpStatus.NOT_FOUND);

        MvcTestResult bad = mvc.post()
                .uri(form)
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("appointmentId", appointment.id().toString())
                .param("version", String.valueOf(appointment.version()))
                .param("fullName", "Åse Ødegård")
                .param("username", "Åse!")
                .param("unitId", "not-a-unit")
                .param("email", "ikke-epost")
                .exchange();
        assertThat(bad).hasStatusOk();
        assertThat(bad)
                .bodyText()
                .contains("Brukernavnet kan bare ha små bokstaver")
                .contains("Skriv en gyldig e-postadresse")
                .contains("value=\"&Aring;se!\"");
        MvcTestResult taken = create(form, appointment, "koord2", hanne.unitId());
        assertThat(taken).hasStatusOk().bodyText().contains("Brukernavnet er i bruk.");

        MvcTestResult created = mvc.post()
                .uri(form)
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("appointmentId", appointment.id().toString())
                .param("version", String.valueOf(appointment.version()))
                .param("fullName", "Åse Ødegård")
                .param("username", "ase.odegard")
                .param("unitId", hanne.unitId().toString())
                .param("email", "ase@example.no")
                .param("role", "ADMIN")
                .exchange();
        assertThat(created).hasStatusOk().hasHeader("Cache-Control", "no-store");
        java.util.regex.Matcher password = java.util.regex.Pattern.compile("id=\"first-password\">([^<]+)<")
                .matcher(created.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(password.find()).isTrue();
        StaffSummary ase = staff.findStaffByUsername("ase.odegard").orElseThrow();
        assertThat(ase.role()).as("never another role than coordinator").isEqualTo(StaffRole.COORDINATOR);
        assertThat(ase.unitId()).isEqualTo(hanne.unitId());
        assertThat(passwords.matches(
                        password.group(1),
                        users.loadUserByUsername("ase.odegard").getPassword()))
                .as("the first password shown is the account's")
                .isTrue();
        assertThat(appointments.forFamily(family.id()).get(0).wishedStaffId()).isEqualTo(ase.id());
        assertThat(jdbc.sql("""
                        select count(*) from access_log where family_id = :f and username = 'ke'
                        and what = 'appointment.wished-person-account' and outcome = 'GRANTED'
                        """).param("f", family.id()).query(Long.class).single())
                .isEqualTo(3);
        assertThat(mvc.get().uri("/requests/" + requestId).with(fixtures.as("ke")))
                .bodyText()
                .doesNotContain(form + "?appointmentId=")
                .doesNotContain(password.group(1));
        assertThat(create(form, appointment, "ase.odegard2", hanne.unitId())).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult create(String form, AppointmentView appointment, String username, UUID unitId) {
        return mvc.post()
                .uri(form)
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("appointmentId", appointment.id().toString())
                .param("version", String.valueOf(appointment.version()))
                .param("fullName", "Åse Ødegård")
                .param("username", username)
                .param("unitId", unitId.toString())
                .exchange();
    }
}
