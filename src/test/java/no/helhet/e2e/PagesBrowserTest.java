package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The pages the chain test does not walk, for every role, with axe-core (WCAG 2.1 A/AA) on each;
 * the keyboard path (skip link, login by keyboard alone); and the three languages.
 */
@BrowserTest
@DemoData
class PagesBrowserTest {

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
    void theKeyboardAloneReachesTheSkipLinkAndLogsIn() {
        page.navigate("/login");
        page.keyboard().press("Tab");
        assertEquals("ds-skip-link", page.evaluate("document.activeElement.className"));
        assertTrue(
                (Boolean) page.evaluate("document.activeElement.getBoundingClientRect().width > 1"),
                "the focused skip link is visible");
        page.keyboard().press("Enter");
        assertTrue(page.url().endsWith("#main"));

        page.locator("#username").focus();
        page.keyboard().type("ke");
        page.keyboard().press("Tab");
        page.keyboard().type("helhet-demo");
        page.keyboard().press("Enter");
        assertThat(page).hasURL("http://localhost:" + port + "/worklist");
        Browser.assertAccessible(page, "the worklist after a keyboard login");
    }

    @Test
    void caseworkerPages() {
        logIn("ke");
        visit("/worklist?status=ALL&sort=STATUS", "the worklist, all statuses");
        visit("/families/search", "family search");
        page.locator("#query").fill("e");
        // the search page's own button, not the header's quick search
        page.locator("#main")
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Søk"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Treff:")))
                .isVisible();
        Browser.assertAccessible(page, "search results");
        // a hit, not one of the links that sort the hits (/families/search/...)
        page.locator("main a[href^='/families/']:not([href^='/families/search'])")
                .first()
                .click();
        Browser.assertAccessible(page, "a family page");
        String familyUrl = page.url();
        visit(familyUrl + "/contact", "contact form");
        page.locator("#email").fill("ikke-en-epost");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.locator("#email-error")).isVisible();
        Browser.assertAccessible(page, "contact form with an error");
        visit(familyUrl + "/children/new", "new child form");
        visit(familyUrl + "/services/new", "the service form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer"))
                .click();
        assertThat(page.locator(".ds-error-summary")).isVisible();
        Browser.assertAccessible(page, "the service form with errors");
        visit(familyUrl + "/notes/new", "the case note form");
        page.locator("#text").fill("Samtale med mor om avlastning.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signer og lagre"))
                .click();
        assertThat(page.getByText("Samtale med mor om avlastning.")).isVisible();
        Browser.assertAccessible(page, "a family page with a case note");
        visit(familyUrl + "/meetings/new", "the meeting form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planlegg og send innkalling"))
                .click();
        assertThat(page.locator(".ds-error-summary")).isVisible();
        Browser.assertAccessible(page, "the meeting form with errors");
        page.locator("#place").fill("Rådhuset");
        page.locator("#time").fill("10:00");
        page.locator("#agenda").fill("Status");
        page.locator("#participants input[type=checkbox]").first().check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planlegg og send innkalling"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Referat").setExact(true)))
                .isVisible();
        Browser.assertAccessible(page, "a meeting with its minutes form");
        visit("/my-tasks", "my tasks");
        visit(familyUrl + "/chronology", "the chronology");
        visit(familyUrl + "/collaborations/new", "the cooperation form");
        visit(familyUrl + "/coordination-responsibility", "the coordination responsibility form");
        visit(familyUrl + "/consents/new", "the consent form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer samtykket"))
                .click();
        assertThat(page.locator(".ds-error-summary")).isVisible();
        Browser.assertAccessible(page, "the consent form with errors");
        visit("/providers", "the provider register");
        page.locator("main table tbody a").first().click();
        Browser.assertAccessible(page, "a provider with its contacts and forms");
        visit("/providers/new", "the new provider form");
        visit("/families/new", "family form");
        visit("/overview", "the overview for the coordinating unit");
        visit("/families/00000000-0000-0000-0000-000000000000", "the not-found page");
    }

    @Test
    void leadReadsTheAccessLog() {
        logIn("kelead");
        page.navigate("/worklist?status=ALL");
        // a row's link, not a column header's (which sorts)
        page.locator("main table tbody a").first().click();
        page.locator("main a[href^='/families/']").first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilgangslogg"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tilgangslogg")))
                .isVisible();
        Browser.assertAccessible(page, "the access log");
    }

    @Test
    void leadVerifiesTheAccessLogsIntegrity() {
        logIn("kelead");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Integritetskontroll av logg"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tilgangsloggens integritet")))
                .isVisible();
        Browser.assertAccessible(page, "the access log's integrity, not yet verified");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kontroller nå"))
                .click();
        assertThat(page.locator("main")).containsText("Kjeden er hel");
        Browser.assertAccessible(page, "the access log's integrity, verified");
    }

    @Test
    void leadSeesFailedLogins() {
        page.navigate("/login");
        page.locator("#username").fill("ingen-slik-bruker");
        page.locator("#password").fill("feil-passord");
        page.locator("#password").press("Enter");
        assertThat(page.getByText("Feil brukernavn eller passord.")).isVisible();
        Browser.assertAccessible(page, "the login page after a failed login");
        page.navigate("/login?throttled=15");
        Browser.assertAccessible(page, "the login page refusing for too many attempts");

        logIn("kelead");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mislykte innlogginger"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mislykte innlogginger")))
                .isVisible();
        assertThat(page.locator("main table")).containsText("ingen-slik-bruker");
        Browser.assertAccessible(page, "the failed logins");
    }

    @Test
    void leaderSeesTheOverviewAndNoCase() {
        logIn("leder");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Oversikt")))
                .isVisible();
        Browser.assertAccessible(page, "the leaders' overview");
        page.navigate("/worklist");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ingen tilgang")))
                .isVisible();
        Browser.assertAccessible(page, "the forbidden page");
    }

    @Test
    void administratorPages() {
        logIn("admin");
        Browser.assertAccessible(page, "users");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opprett brukeren"))
                .click();
        assertThat(page.locator(".ds-error-summary")).isVisible();
        Browser.assertAccessible(page, "the user form with errors");
        visit("/admin/units", "units");
    }

    @Test
    void coordinatorPages() {
        logIn("koord1");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine familier")))
                .isVisible();
        Browser.assertAccessible(page, "my families");
    }

    @Test
    void everyPageSpeaksBokmaalNynorskAndEnglish() {
        logIn("ke");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nynorsk"))
                .click();
        assertEquals("nn", page.locator("html").getAttribute("lang"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Arbeidsliste");
        Browser.assertAccessible(page, "the worklist in nynorsk");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertEquals("en", page.locator("html").getAttribute("lang"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Worklist");
        Browser.assertAccessible(page, "the worklist in English");
        page.navigate("/families/new");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .not()
                .hasText("Registrer familie");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bokmål"))
                .click();
        assertEquals("nb", page.locator("html").getAttribute("lang"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Registrer familie");
    }

    @Test
    void leaderFiltersTheDashboardAndItsChartsPassAxe() {
        logIn("leder");
        org.junit.jupiter.api.Assertions.assertTrue(
                page.locator("main svg[role=img]").count() >= 8, "a chart beside each table");
        Browser.assertAccessible(page, "the dashboard");
        String sector = page.locator("#sector option").nth(1).getAttribute("value");
        page.locator("#sector").selectOption(sector);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis"))
                .click();
        page.waitForLoadState();
        assertEquals(sector, page.locator("#sector").inputValue());
        Browser.assertAccessible(page, "the dashboard filtered by sector");
        var csv = page.request().get("/overview/tables/units.csv");
        assertEquals(200, csv.status());
        var pdf = page.request().get("/overview/annual-report.pdf?lang=nn");
        assertEquals("application/pdf", pdf.headers().get("content-type"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        Browser.assertAccessible(page, "the dashboard in English");
    }

    private void logIn(String username) {
        page.navigate("/login");
        Browser.assertAccessible(page, "the login page");
        page.locator("#username").fill(username);
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        page.waitForLoadState();
    }

    private void visit(String path, String what) {
        page.navigate(path);
        Browser.assertAccessible(page, what);
    }
}
