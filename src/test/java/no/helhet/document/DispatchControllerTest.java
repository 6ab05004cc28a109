package no.helhet.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 7, item 3: the day a letter was sent and the channel are recorded; the complaint deadline is
 * counted from the day the family received it (for post, {@code post-received-after} later).
 */
@IntegrationTest
class DispatchControllerTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DecisionService decisions;

    @Autowired
    LetterDispatches dispatches;

    @Test
    void aPostedDecisionLetterCountsAsReceivedThreeDaysLaterAndTheDeadlineRunsFromThen() {
        FamilyDetails family = fixtures.aFamily("Postsen", 9);
        DecisionView decision = decisions.getDecision(fixtures.aGrantedDecision(family));
        LocalDate today = dispatches.today();

        assertThat(mvc.get().uri("/requests/{id}", decision.requestId()).with(fixtures.as("ke")))
                .bodyText()
                .contains("Regnes fra den dagen familien fikk brevet");
        assertThat(mvc.get()
                        .uri("/documents/{id}/dispatch", decision.letterDocumentId())
                        .with(fixtures.as("ke")))
                .bodyText()
                .contains("Registrer sendingen")
                .doesNotContain("Noen andre har endret dette");

        assertThat(mvc.post()
                        .uri("/documents/{id}/dispatch", decision.letterDocumentId())
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("sentOn", today.toString())
                        .param("channel", "POST"))
                .hasStatus(HttpStatus.FOUND);

        LocalDate received = today.plusDays(3);
        assertThat(dispatches.find(decision.letterDocumentId()).orElseThrow().receivedOn())
                .isEqualTo(received);
        assertThat(mvc.get().uri("/requests/{id}", decision.requestId()).with(fixtures.as("ke")))
                .bodyText()
                .contains(received.plusWeeks(4).format(DATE))
                .contains("regnes som mottatt " + received.format(DATE));
        assertThat(mvc.get().uri("/families/{id}", family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("sendt " + today.format(DATE) + " (Post)");

        MvcTestResult again = mvc.post()
                .uri("/documents/{id}/dispatch", decision.letterDocumentId())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("sentOn", today.toString())
                .param("channel", "HANDED_OVER")
                .exchange();
        assertThat(again).hasStatusOk();
        assertThat(again).bodyText().contains("Noen andre har endret dette");
        assertThat(dispatches.find(decision.letterDocumentId()).orElseThrow().channel())
                .isEqualTo(DispatchChannel.POST);
    }

    @Test
    void aLetterHandedOverCountsAsReceivedTheSameDay() {
        FamilyDetails family = fixtures.aFamily("Handsen", 9);
        DecisionView decision = decisions.getDecision(fixtures.aGrantedDecision(family));
        dispatches.recordDispatch(decision.letterDocumentId(), dispatches.today(), DispatchChannel.HANDED_OVER);
        assertThat(dispatches.find(decision.letterDocumentId()).orElseThrow().receivedOn())
                .isEqualTo(dispatches.today());
    }

    @Test
    void nonsenseIsRefusedNextToTheFieldAndNeverA500() {
        FamilyDetails family = fixtures.aFamily("Tullesen", 9);
        DecisionView decision = decisions.getDecision(fixtures.aGrantedDecision(family));
        MvcTestResult future = mvc.post()
                .uri("/documents/{id}/dispatch", decision.letterDocumentId())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("sentOn", dispatches.today().plusDays(2).toString())
                .exchange();
        assertThat(future).hasStatusOk();
        assertThat(future)
                .bodyText()
                .contains("Datoen kan ikke være fram i tid.")
                .contains("Velg hvordan brevet ble sendt.");
        MvcTestResult garbage = mvc.post()
                .uri("/documents/{id}/dispatch", decision.letterDocumentId())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("sentOn", "i går")
                .param("channel", "DUE")
                .exchange();
        assertThat(garbage).hasStatusOk();
        assertThat(dispatches.find(decision.letterDocumentId())).isEmpty();
    }
}
