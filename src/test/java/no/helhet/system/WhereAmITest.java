package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Where am I, what happened (issue 8, item 2): page titles carry the page and "Helhet", the main menu
 * marks the current page, the case page shows the chain as steps with the current one marked, a change
 * ends on a page with a success alert that takes focus, and errors are summarised in Designsystemet's
 * error summary. (Where focus lands in a browser: {@code ReflowBrowserTest}.)
 */
@IntegrationTest
class WhereAmITest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTitleNamesThePageAndHelhetAndTheMenuMarksTheCurrentPage() {
        assertThat(mvc.get().uri("/worklist").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("<title>Arbeidsliste – Helhet</title>")
                .contains("href=\"/worklist\" aria-current=\"page\"")
                .doesNotContain("href=\"/families/search\" aria-current");
        assertThat(mvc.get().uri("/families/search").with(fixtures.as("ke")))
                .bodyText()
                .contains("<title>Finn familie – Helhet</title>")
                .contains("href=\"/families/search\" aria-current=\"page\"")
                .doesNotContain("href=\"/worklist\" aria-current");
    }

    @Test
    void theCasePageShowsTheChainAsStepsWithTheCurrentOneMarked() {
        FamilyDetails received = fixtures.aFamily("Stegsen", 8);
        UUID request = fixtures.aRequest(received, java.time.LocalDate.now().minusDays(1));
        assertThat(mvc.get().uri("/requests/" + request).with(fixtures.as("ke")))
                .bodyText()
                .containsPattern("data-state=\"current\" aria-current=\"step\">\\s*<span>Ønske mottatt</span>")
                .containsPattern("data-state=\"later\">\\s*<span>Vurdering</span>");

        FamilyDetails decided = fixtures.aFamily("Vedtaksen", 8);
        UUID decision = fixtures.aGrantedDecision(decided);
        UUID decidedRequest = jdbc.sql("select coordinator_request_id from decision where id = :id")
                .param("id", decision)
                .query(UUID.class)
                .single();
        assertThat(mvc.get().uri("/requests/" + decidedRequest).with(fixtures.as("ke")))
                .bodyText()
                .containsPattern("data-state=\"done\">\\s*<span>Vurdering</span>")
                .containsPattern("data-state=\"current\" aria-current=\"step\">\\s*<span>Vedtak</span>")
                .containsPattern("data-state=\"later\">\\s*<span>Oppnevning</span>");
    }

    @Test
    void aChangeEndsOnAPageWithASuccessAlertThatTakesFocus() {
        FamilyDetails family = fixtures.aFamily("Lagresen", 8);
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/notes")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("notedOn", java.time.LocalDate.now().toString())
                        .param("text", "Samtale med far."))
                .hasRedirectedUrl("/families/" + family.id())
                .flash()
                .containsEntry("saved", "note.signed");
        // The alert on the page after the redirect, and focus on it, are checked through the real
        // redirect in ReflowBrowserTest: MockMvc's flashAttr goes to a mock session that Spring
        // Session's filter replaces (see PublicControllerTest).
    }

    @Test
    void errorsAreSummarisedInDesignsystemetsErrorSummary() {
        FamilyDetails family = fixtures.aFamily("Feilsen", 8);
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/notes")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("text", ""))
                .hasStatusOk()
                .bodyText()
                .contains("<ds-error-summary class=\"ds-error-summary\" tabindex=\"-1\">")
                .contains("href=\"#text\"");
    }
}
