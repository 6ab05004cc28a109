package no.helhet.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.document.CaseReference;
import no.helhet.document.DocumentKind;
import no.helhet.document.DocumentService;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class RequestControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RequestService requests;

    @Autowired
    DocumentService documents;

    @Test
    void registersAnOralRequestFromAGuardian() {
        FamilyDetails family = fixtures.aFamily("Telefonsen", 6);
        MvcTestResult result = mvc.post()
                .uri("/families/" + family.id() + "/requests")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("channel", "PHONE")
                .param("receivedOn", requests.today().minusDays(2).toString())
                .param("requesterKind", "GUARDIAN")
                .param("requesterGuardianId", family.guardians().get(0).id().toString())
                .param("childIds", family.children().get(0).id().toString())
                .param("familyWords", "Vi er slitne av å ringe rundt.")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        RequestSummary request = requests.forFamily(family.id()).get(0);
        assertThat(request.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(request.channel().oral()).isTrue();
        assertThat(mvc.get().uri("/requests/" + request.id()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Muntlig: telefon")
                .contains("Kari Telefonsen")
                .contains("Vi er slitne av");
    }

    @Test
    void theCaseReferencePrintedOnLettersStandsOnTheCasePageAndTheFamilyPage() {
        FamilyDetails family = fixtures.aFamily("Saksnummersen", 9);
        UUID requestId = fixtures.aRequest(family, requests.today().minusDays(3));
        String reference = CaseReference.of(requestId);
        assertThat(reference).hasSize(8);
        assertThat(mvc.get().uri("/requests/" + requestId).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Saksnummer")
                .contains("id=\"case-reference\">" + reference + "<");
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Saksnummer")
                .contains("<td>" + reference + "</td>");
    }

    @Test
    void aRequestNeedsAChildAGuardianAndAPastDate() {
        FamilyDetails family = fixtures.aFamily("Mangelsen", 6);
        MvcTestResult result = mvc.post()
                .uri("/families/" + family.id() + "/requests")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("channel", "LETTER")
                .param("receivedOn", requests.today().plusDays(3).toString())
                .param("requesterKind", "GUARDIAN")
                .param("familyWords", "Teksten blir med")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Velg minst ett barn.")
                .contains("Velg hvilken foresatt som ba om det.")
                .contains("Datoen kan ikke være fram i tid.")
                .contains("Teksten blir med");
        assertThat(requests.forFamily(family.id())).isEmpty();
    }

    @Test
    void ownInitiativeMatchesItsChannel() {
        FamilyDetails family = fixtures.aFamily("Initiativsen", 2);
        MvcTestResult result = mvc.post()
                .uri("/families/" + family.id() + "/requests")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("channel", "EMAIL")
                .param("receivedOn", requests.today().toString())
                .param("requesterKind", "COORDINATING_UNIT")
                .param("childIds", family.children().get(0).id().toString())
                .exchange();
        assertThat(result).hasStatusOk().bodyText().contains("Kommunens eget initiativ");
        assertThat(requests.forFamily(family.id())).isEmpty();
    }

    @Test
    void theWorklistFlagsOverdueRequestsAndToleratesBadFilters() {
        FamilyDetails family = fixtures.aFamily("Ventesen", 13);
        UUID requestId = fixtures.aRequest(family, requests.today().minusDays(40));
        MvcTestResult overdue = mvc.get()
                .uri("/worklist?overdueOnly=true&sort=RECEIVED_DESC&status=RECEIVED")
                .with(fixtures.as("ke"))
                .exchange();
        assertThat(overdue).hasStatusOk();
        assertThat(overdue).bodyText().contains("/requests/" + requestId).contains("Over fristen");

        assertThat(mvc.get()
                        .uri("/worklist?unitId=not-a-uuid&status=NONSENSE&page=-4")
                        .with(fixtures.as("ke")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/worklist?page=99999").with(fixtures.as("ke")))
                .hasStatusOk();
    }

    @Test
    void theWorklistPaginates() {
        FamilyDetails family = fixtures.aFamily("Mangesen", 7);
        for (int i = 0; i < 21; i++) {
            fixtures.aRequest(family, requests.today().minusDays(i));
        }
        MvcTestResult first =
                mvc.get().uri("/worklist?status=ALL").with(fixtures.as("ke")).exchange();
        assertThat(first).hasStatusOk().bodyText().contains("Neste side").contains("Side 1 av");
    }

    @Test
    void anOverdueRequestGetsAPreliminaryAnswerLetter() {
        FamilyDetails family = fixtures.aFamily("Foreløpigsen", 13);
        UUID requestId = fixtures.aRequest(family, requests.today().minusDays(30));
        assertThat(mvc.get().uri("/requests/" + requestId).with(fixtures.as("ke")))
                .bodyText()
                .contains("Lag foreløpig svar");
        MvcTestResult bad = mvc.post()
                .uri("/requests/" + requestId + "/preliminary-answer")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("expectedAnswerBy", "yesterday")
                .exchange();
        assertThat(bad).hasStatusOk().bodyText().contains("Velg en dato etter i dag.");

        assertThat(mvc.post()
                        .uri("/requests/" + requestId + "/preliminary-answer")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("expectedAnswerBy", requests.today().plusDays(14).toString()))
                .hasStatus(HttpStatus.FOUND);
        var letter = documents.forFamily(family.id()).get(0);
        assertThat(letter.kind()).isEqualTo(DocumentKind.PRELIMINARY_ANSWER);
        byte[] pdf = mvc.get()
                .uri("/families/" + family.id() + "/documents/" + letter.id())
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfA.validate(pdf).isCompliant()).isTrue();
        assertThat(PdfA.text(pdf)).contains("Vi har fått ønsket deres").contains("Vi er ikke ferdige med saken");
    }
}
