package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.document.DispatchChannel;
import no.helhet.document.LetterDispatches;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import no.helhet.support.Fixtures;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10 through the real UI in Chromium: KE registers a late complaint (refused without a reason,
 * then taken up with one), upholds it, downloads the forwarding bundle (veraPDF-valid), records the
 * day it was sent and Statsforvalteren's outcome; the complaint list and the notice page — axe-core
 * on every page.
 */
@BrowserTest
@DemoData
class ComplaintBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DecisionService decisions;

    @Autowired
    LetterDispatches dispatches;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openContext(Browser browser) {
        context = browser.newContext("http://localhost:" + port);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void aCaseworkerRegistersALateComplaintUpholdsItAndRecordsStatsforvalterensOutcome() throws Exception {
        FamilyDetails family = fixtures.aFamily("Klagesen", 10);
        DecisionView decision = decisions.getDecision(fixtures.aGrantedDecision(family));
        dispatches.recordDispatch(
                decision.letterDocumentId(), dispatches.today().minusDays(60), DispatchChannel.POST);

        page.navigate("/login");
        page.locator("#username").fill("ke");
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();

        page.navigate("/families/" + family.id() + "/complaints/new");
        axe("the complaint form");
        page.locator("#kind").selectOption("REFUSAL");
        assertThat(page.locator("#receivedOn")).hasValue(dispatches.today().toString());
        page.locator("#concerns").selectOption("DECISION:" + decision.id());
        page.locator("#complainantKind-GUARDIAN").check();
        page.locator("#guardianId").selectOption(new SelectOption().setIndex(1));
        page.locator("#text").fill("Vi klager fordi vi trenger en annen koordinator.");
        page.locator("#helpedByKe").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer klagen"))
                .click();
        assertThat(page.getByText("Klagen kom etter fristen: skriv hvorfor den likevel tas under behandling.")
                        .first())
                .isVisible();
        assertThat(page.locator("#text")).hasValue("Vi klager fordi vi trenger en annen koordinator.");
        assertThat(page.locator("#receivedOn")).hasValue(dispatches.today().toString());
        axe("the complaint form refusing a late complaint without a reason");

        page.locator("#lateReason").fill("Familien fikk ikke brevet før nylig.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer klagen"))
                .click();
        assertThat(page.getByText("Klagen er registrert.")).isVisible();
        assertThat(page.getByText("Familien fikk ikke brevet før nylig.")).isVisible();
        axe("the late complaint");

        page.locator("#reconsideration-UPHELD").check();
        page.locator("#reason").fill("Avgjørelsen bygger på en riktig vurdering av vilkårene.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre vurderingen"))
                .click();
        assertThat(page.getByText("Klagen er opprettholdt.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        axe("the upheld complaint");

        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Last ned saksdokumentene (PDF)"))
                .click());
        byte[] bundle = Files.readAllBytes(download.path());
        assertThat(PdfA.validate(bundle).isCompliant()).isTrue();
        assertThat(PdfA.text(bundle)).contains("Saksdokumenter i klagesak", "Vi klager fordi");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer sendingen"))
                .click();
        assertThat(page.getByText("Sendingen til Statsforvalteren er registrert."))
                .isVisible();
        axe("the forwarded complaint");

        page.locator("#outcome-UPHELD").check();
        page.locator("#outcomeOn").fill(dispatches.today().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer utfallet"))
                .click();
        assertThat(page.getByText(
                        "Statsforvalterens utfall er registrert", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByText("Kommunens avgjørelse står seg", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        axe("the decided complaint");

        page.navigate("/complaints");
        axe("the open complaints");
        page.navigate("/families/" + family.id() + "/cooperation-notices/new");
        assertThat(page.getByText("Dette er en melding, ikke en klage.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        axe("the notice about failed cooperation");
        page.navigate("/families/" + family.id());
        axe("the family page with the complaint");
    }

    private void axe(String what) {
        Browser.assertAccessible(page, what);
    }
}
