package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public pages without login, in all three languages with axe-core on each, and the public
 * request form end to end: errors kept next to the field, a receipt number, the request on KE's
 * worklist, and 429 with Retry-After once a client has sent too many. The only browser test that
 * posts the public form (the rate limit counts per client address, and every browser test comes
 * from localhost).
 */
@BrowserTest
@DemoData
class PublicBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;
    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openContext(Browser browser) {
        this.browser = browser;
        context = browser.newContext("http://localhost:" + port);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void thePublicPagesInEachLanguage() {
        String[][] languages = {
            {"nb", "Hvem har rett til barnekoordinator?", "Be om barnekoordinator"},
            {"nn", "Kven har rett til barnekoordinator?", "Be om barnekoordinator"},
            {"en", "Who has the right to a child coordinator?", "Ask for a child coordinator"}
        };
        for (String[] language : languages) {
            page.navigate("/?lang=" + language[0]);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(language[1])))
                    .isVisible();
            assertEquals(language[0], page.locator("html").getAttribute("lang"));
            Browser.assertAccessible(page, "the public page (" + language[0] + ")");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(language[2]))
                    .click();
            assertThat(page.locator("#contactName")).isVisible();
            Browser.assertAccessible(page, "the public request form (" + language[0] + ")");
            page.navigate("/accessibility");
            assertThat(page.getByText("WCAG 2.1")).isVisible();
            Browser.assertAccessible(page, "the accessibility statement (" + language[0] + ")");
        }
    }

    @Test
    void aFamilyAsksThroughTheFormAndKeSeesItThenTooManyAreRefused() {
        page.navigate("/?lang=nb");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Be om barnekoordinator"))
                .click();
        page.locator("#contactName").fill("Siri Nettskjemasen");
        page.locator("#phone").fill("12ab");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))
                .click();
        assertThat(page.locator("#phone-error")).containsText("8 til 15 siffer");
        assertThat(page.locator("#contactName")).hasValue("Siri Nettskjemasen");
        Browser.assertAccessible(page, "the public form with an error");

        page.locator("#phone").fill("912 34 567");
        page.locator("#callTime").fill("Etter klokka 15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))
                .click();
        assertThat(page.locator("#receipt-number")).isVisible();
        String receipt = page.locator("#receipt-number").innerText().trim();
        assertTrue(receipt.matches("\\d{4}-\\d{5}"), receipt);
        assertThat(page.locator("main")).not().containsText("Nettskjemasen");
        assertThat(page.locator("main")).not().containsText("912 34 567");
        Browser.assertAccessible(page, "the receipt");

        page.navigate("/login");
        page.locator("#username").fill("ke");
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        assertThat(page).hasURL("http://localhost:" + port + "/worklist");
        assertThat(page.locator("main")).containsText(receipt);
        assertThat(page.locator("main")).containsText("Siri Nettskjemasen");
        Browser.assertAccessible(page, "the worklist with a request from the web form");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Marker henvendelse " + receipt + " som behandlet"))
                .click();
        assertThat(page.locator("main")).containsText("Henvendelsen er markert som behandlet.");
        assertThat(page.locator("main")).not().containsText(receipt);

        // 127.0.0.1 for both the browser and Playwright's own HTTP client (which may resolve localhost
        // to ::1): the limit counts per client address.
        String base = "http://127.0.0.1:" + port;
        BrowserContext visitor = browser.newContext(base);
        try {
            Page form = visitor.newPage();
            int status = 0;
            APIResponse refused = null;
            for (int i = 0; i < 20 && status != 429; i++) {
                form.navigate(base + "/web-requests/new");
                String token = form.locator("input[name=_csrf]").getAttribute("value");
                refused = form.request()
                        .post(
                                base + "/web-requests",
                                RequestOptions.create()
                                        .setMaxRedirects(0)
                                        .setForm(FormData.create()
                                                .set("_csrf", token)
                                                .set("contactName", "Mange Sendesen")
                                                .set("phone", "91234567")));
                status = refused.status();
            }
            assertEquals(429, status);
            assertTrue(refused.headers().get("retry-after").matches("\\d+"));
            form.navigate(base + "/web-requests/new");
            form.locator("#contactName").fill("Mange Sendesen");
            form.locator("#phone").fill("91234567");
            form.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))
                    .click();
            assertThat(form.locator("h1")).hasText("For mange innsendinger");
            Browser.assertAccessible(form, "the page that refuses too many submissions");
        } finally {
            visitor.close();
        }
    }
}
