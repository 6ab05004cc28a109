package no.helhet.familyportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.document.DispatchChannel;
import no.helhet.document.LetterDispatches;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.family.FamilyService;
import no.helhet.family.FamilyService.NewChild;
import no.helhet.family.FamilyService.NewFamily;
import no.helhet.family.FamilyService.NewGuardian;
import no.helhet.message.Messages;
import no.helhet.support.FamilyPortalLogins;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The family portal's pages for issue 14 items 6-8, through MockMvc as a logged-in guardian or
 * youth: who has looked at our data (page and PDF/A), messages with the coordinator, a complaint
 * about a decision; another family's ids answer "not found".
 */
@IntegrationTest
class FamilyPortalPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    FamilyPortalLogins logins;

    @Autowired
    FamilyService families;

    @Autowired
    Messages messages;

    @Autowired
    DecisionService decisions;

    @Autowired
    LetterDispatches dispatches;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFamilySeesWhoHasLookedAtItsDataAndDownloadsItAsPdfA() {
        FamilyDetails family = fixtures.aFamily("Innsynportalsen", 9);
        FamilyDetails other = fixtures.aFamily("Annenportalsen", 9);
        mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")).exchange();
        mvc.get().uri("/families/" + family.id()).with(fixtures.as("koord1")).exchange();

        assertThat(mvc.get().uri("/family-portal/access-log").with(logins.asGuardian(family)))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/family-portal/families/" + family.id() + "/access-log");
        assertThat(mvc.get()
                        .uri("/family-portal/families/" + family.id() + "/access-log")
                        .with(logins.asGuardian(family)))
                .hasStatusOk()
                .bodyText()
                .contains("Hvem har sett opplysningene deres")
                .contains("Kari Nordmann, Saksbehandler, koordinerende enhet")
                .contains("Opplysninger om familien og barna")
                .contains("Stoppet: Leste")
                .contains("Hanne Lie");

        MvcTestResult pdf = mvc.get()
                .uri("/family-portal/families/" + family.id() + "/access-log.pdf")
                .with(logins.asGuardian(family))
                .exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        assertThat(PdfA.validate(bytes).isCompliant()).isTrue();
        assertThat(PdfA.text(bytes).replaceAll("\\s+", " ")).contains("Kari Nordmann");

        // the family's own reading is in the log, as the family's
        assertThat(jdbc.sql(
                                "select count(*) from access_log where family_id = :id and what = 'family-portal.access-log'"
                                        + " and staff_id is null and outcome = 'GRANTED'")
                        .param("id", family.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        for (String path : List.of("/access-log", "/access-log.pdf", "/messages")) {
            assertThat(mvc.get()
                            .uri("/family-portal/families/" + other.id() + path)
                            .with(logins.asGuardian(family)))
                    .as(path)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void aGuardianWritesReadsTheAnswerAndAYouthSeesOnlyTheirOwnThread() {
        FamilyDetails family = aFamilyWithAYouth("Meldingportalsen");
        UUID youth = family.children().get(0).id();

        assertThat(mvc.post()
                        .uri("/family-portal/families/" + family.id() + "/messages")
                        .with(logins.asGuardian(family))
                        .with(csrf())
                        .param("body", " "))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv meldingen før du sender.");
        assertThat(mvc.post()
                        .uri("/family-portal/families/" + family.id() + "/messages")
                        .with(logins.asGuardian(family))
                        .with(csrf())
                        .param("body", "Kan vi få et møte?"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post()
                        .uri("/family-portal/families/" + family.id() + "/messages")
                        .with(logins.asYouth(youth))
                        .with(csrf())
                        .param("body", "Dette er bare mitt."))
                .hasStatus(HttpStatus.FOUND);

        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/messages")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("body", "Ja, vi ringer."))
                .hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get()
                        .uri("/family-portal/families/" + family.id() + "/messages")
                        .with(logins.asGuardian(family)))
                .hasStatusOk()
                .bodyText()
                .contains("Kan vi få et møte?")
                .contains("Ja, vi ringer.")
                .doesNotContain("Dette er bare mitt.");
        assertThat(messages.unreadForFamily(family.id(), null)).isZero();
        assertThat(mvc.get()
                        .uri("/family-portal/families/" + family.id() + "/messages")
                        .with(logins.asYouth(youth)))
                .hasStatusOk()
                .bodyText()
                .contains("Dette er bare mitt.")
                .doesNotContain("Kan vi få et møte?")
                .doesNotContain("Ja, vi ringer.");
    }

    @Test
    void theFamilyComplainsAboutADecisionWithTheDeadlineShownAndItLandsInKesList() {
        FamilyDetails family = fixtures.aFamily("Klageportalsen", 9);
        FamilyDetails other = fixtures.aFamily("Klageannensen", 9);
        DecisionView decision = decisions.getDecision(fixtures.aGrantedDecision(family));
        UUID otherDecision = fixtures.aGrantedDecision(other);
        LocalDate sent = dispatches.today().minusDays(40);
        dispatches.recordDispatch(decision.letterDocumentId(), sent, DispatchChannel.DIGITAL_MAILBOX);

        String uri = "/family-portal/decisions/" + decision.id() + "/complaint";
        assertThat(mvc.get().uri(uri).with(logins.asGuardian(family)))
                .hasStatusOk()
                .bodyText()
                .contains("Fristen for å klage gikk ut")
                .contains("Hvorfor klager dere etter fristen?");
        assertThat(mvc.post()
                        .uri(uri)
                        .with(logins.asGuardian(family))
                        .with(csrf())
                        .param("text", "Vi er uenige."))
                .hasStatusOk()
                .bodyText()
                .contains("Fristen for å klage har gått ut. Skriv hvorfor dere klager nå.")
                .contains("Vi er uenige.");
        assertThat(mvc.post()
                        .uri(uri)
                        .with(logins.asGuardian(family))
                        .with(csrf())
                        .param("text", "Vi er uenige.")
                        .param("lateReason", "Brevet kom bort."))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/complaints").with(fixtures.as("ke")))
                .bodyText()
                .contains("Klageportalsen")
                .contains("Fra familieportalen");

        assertThat(mvc.get()
                        .uri("/family-portal/decisions/" + otherDecision + "/complaint")
                        .with(logins.asGuardian(family)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/family-portal/decisions/" + otherDecision + "/complaint")
                        .with(logins.asGuardian(family))
                        .with(csrf())
                        .param("text", "Klage."))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theDeadlineInTimeIsShownWithTheDaysLeft() {
        FamilyDetails family = fixtures.aFamily("Fristportalsen", 9);
        DecisionView decision = decisions.getDecision(fixtures.aGrantedDecision(family));
        dispatches.recordDispatch(decision.letterDocumentId(), dispatches.today(), DispatchChannel.DIGITAL_MAILBOX);
        assertThat(mvc.get()
                        .uri("/family-portal/decisions/" + decision.id() + "/complaint")
                        .with(logins.asGuardian(family)))
                .hasStatusOk()
                .bodyText()
                .contains("Dere har 28 dager igjen.")
                .doesNotContain("Hvorfor klager dere etter fristen?");
    }

    private FamilyDetails aFamilyWithAYouth(String name) {
        LocalDate today = families.today();
        UUID id = families.registerFamily(new NewFamily(
                "Demo kommune",
                "99999999",
                null,
                List.of(new NewGuardian(Fixtures.syntheticId(today.minusYears(44)), "Kari", name, true, null, null)),
                List.of(new NewChild(
                        Fixtures.syntheticId(today.minusYears(17)), "Emma", name, today.minusYears(17), null, null))));
        return families.getFamily(id);
    }
}
