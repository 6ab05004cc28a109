package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** KE's outreach list and training register, with axe-core, on the demo data. */
@BrowserTest
@DemoData
class OutreachBrowserTest {

    @LocalServerPort
    int port;

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
    void keReachesTheOutreachListAndTheTrainingRegister() {
        page.navigate("/login");
        page.locator("#username").fill("ke");
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oppsøkende"))
                .click();
        assertThat(page.locator("h1")).hasText("Familier som kan ha rett, men ikke har bedt om barnekoordinator");
        Browser.assertAccessible(page, "the outreach list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opplæring"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer"))
                .click();
        assertThat(page.locator(".ds-error-summary")).isVisible();
        Browser.assertAccessible(page, "the training register with errors");
        page.locator("#topic").fill("Veiledning om individuell plan");
        page.locator("#kind-GUIDANCE").check();
        page.locator("#participantIds input[type=checkbox]").first().check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer"))
                .click();
        assertThat(page.getByText("Opplæringen er registrert.")).isVisible();
        assertThat(page.locator("#sessions")).containsText("Veiledning om individuell plan");
        Browser.assertAccessible(page, "the training register");
    }
}
