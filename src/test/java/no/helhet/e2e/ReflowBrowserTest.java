package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reflow on a phone (WCAG 1.4.10, issue 8): every page, for every role, at 390 px wide (and the
 * header, the leaders' overview, the appointment form and the provider portal also at 320 px) is no
 * wider than the screen ({@code document.documentElement.scrollWidth}), every data table scrolls in
 * its own focusable, labelled region (or, inside a disabled fieldset where nothing can take focus, fits the screen), the title ends with "– Helhet", and axe-core finds nothing at
 * that width. Where focus goes after a save and after errors, at 1280 and 390 px. A page's problems
 * are collected, so one run names every page that does not fit.
 */
@BrowserTest
@DemoData
class ReflowBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;
    private BrowserContext context;
    private Page page;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> visited = new LinkedHashSet<>();

    @BeforeEach
    void keepBrowser(Browser browser) {
        this.browser = browser;
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void caseworkerPagesFitAPhone() {
        open(390);
        visit("/login", "the login page");
        logIn("ke");
        visit("/worklist?status=ALL", "the worklist");
        visit("/families/search", "family search");
        visit("/families/new", "the family form");
        visit("/outreach", "the outreach list");
        visit("/training", "the training register");
        visit("/overview", "the overview");
        visit("/providers", "the provider register");
        visit(firstHref("main table a[href^='/providers/']"), "a provider");
        visit("/providers/new", "the new provider form");
        visit("/my-tasks", "my tasks");

        visit("/worklist?status=ALL", "the worklist");
        String request = firstHref("main table a[href^='/requests/']");
        visit(request, "a case page");
        String family = firstHref("main a[href^='/families/']");
        visit(family, "a family page");
        // The header's quick search fits the phone, and its result page (an opaque URL) passes too.
        String name = page.locator("h1").textContent().strip();
        page.locator("#hh-quick-search").fill(name.substring(0, Math.min(4, name.length())));
        page.locator("#hh-quick-search").press("Enter");
        page.waitForLoadState();
        String results = java.net.URI.create(page.url()).getPath();
        if (!results.matches("/families/search/[A-Za-z0-9_-]+")) {
            problems.add("the quick search ended on " + results);
        }
        visit(results, "the quick search's result page");
        if (page.locator("main a[href='" + family + "']").count() == 0) {
            problems.add("the quick search for '" + name + "' did not find " + family);
        }
        visit(family + "/summary", "the printable family summary");
        visit(family + "/chronology", "the chronology");
        visit(family + "/contact", "the contact form");
        visit(family + "/children/new", "the new child form");
        visit(family + "/services/new", "the service form");
        visit(family + "/notes/new", "the case note form");
        visit(family + "/meetings/new", "the meeting form");
        visit(family + "/consents/new", "the consent form");
        visit(family + "/collaborations/new", "the cooperation form");
        visit(family + "/coordination-responsibility", "the coordination responsibility form");
        visit(family + "/requests/new", "the request form");

        // Each step of the chain, from requests in each status: every kind of page reached at least once.
        for (String status : List.of("RECEIVED", "UNDER_ASSESSMENT", "GRANTED", "APPOINTED")) {
            visit("/worklist?status=" + status, "the worklist, " + status);
            String caseUrl = firstHref("main table a[href^='/requests/']");
            visit(caseUrl, "a case page, " + status);
            if (caseUrl == null) {
                continue;
            }
            List<String> onCase = List.of(
                    "main a[href^='/assessments/']:not([href*='/decisions/'])",
                    "main a[href*='/decisions/new']",
                    "main a[href*='/appointments/new']",
                    "main a[href^='/meetings/']",
                    "main a[href^='/plans/']");
            List<String> targets = onCase.stream().map(this::firstHref).toList();
            for (String target : targets) {
                if (target != null) {
                    visit(target, "from a case page, " + status);
                }
            }
        }
        for (String kind : List.of("/assessments/", "/appointments/new")) {
            if (visited.stream().noneMatch(v -> v.contains(kind))) {
                problems.add("no page " + kind + " reached: " + visited);
            }
        }
        assertNoProblems();
    }

    @Test
    void leadCoordinatorLeaderProviderAndAdministratorPagesFitAPhone() {
        open(390);
        logIn("kelead");
        visit("/access-log/integrity", "the access log's integrity");
        visit("/login-failures", "the failed logins");
        visit("/worklist?status=ALL", "the worklist");
        visit(firstHref("main table a[href^='/requests/']"), "a case page");
        String family = firstHref("main a[href^='/families/']");
        visit(family + "/access-log", "a family's access log");
        logOut();

        logIn("koord1");
        visit("/my-families", "my families");
        visit("/my-tasks", "my tasks");
        logOut();
        String coordinatorsFamily = null;
        for (String coordinator : List.of("koord2", "koord3", "koord4", "koord5")) {
            logIn(coordinator);
            page.navigate("/my-families");
            coordinatorsFamily = firstHref("main a[href^='/families/']");
            if (coordinatorsFamily != null) {
                visit(coordinatorsFamily, "a family page for its coordinator");
                break;
            }
            logOut();
        }
        logOut();
        if (coordinatorsFamily == null) {
            problems.add("no coordinator with a family in the demo data");
        }

        logIn("leder");
        visit("/overview", "the leaders' overview");
        logOut();

        logIn("skole");
        visit("/provider-portal", "the provider portal");
        visit(firstHref("main a[href^='/provider-portal/families/']"), "a family in the provider portal");
        logOut();

        logIn("admin");
        visit("/admin/staff", "users");
        visit(firstHref("main table a[href^='/admin/staff/']"), "a user's edit page");
        visit("/admin/units", "units");
        visit(firstHref("main table a[href^='/admin/units/']"), "a unit's edit page");
        visit("/admin/roles", "roles and who holds them");
        logOut();

        visit("/", "the public front page");
        visit("/web-requests/new", "the public request form");
        visit("/accessibility", "the accessibility statement");
        assertNoProblems();
    }

    @Test
    void theNarrowestPhoneStillGetsTheHeaderTheOverviewTheAppointmentFormAndThePortal() {
        open(320);
        logIn("ke");
        visit("/worklist?status=ALL", "the worklist");
        visit("/overview", "the overview");
        visit("/worklist?status=GRANTED", "granted requests");
        visit(firstHref("main table a[href^='/requests/']"), "a granted case");
        visit(firstHref("main a[href*='/appointments/new']"), "the appointment form");
        logOut();
        logIn("skole");
        visit("/provider-portal", "the provider portal");
        visit(firstHref("main a[href^='/provider-portal/families/']"), "a family in the provider portal");
        assertTrue(
                visited.stream().anyMatch(v -> v.contains("/appointments/new")),
                "the appointment form was reached: " + visited);
        assertNoProblems();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void focusMovesToTheErrorSummaryAndAfterASaveToTheSuccessAlert(int width) {
        open(width);
        logIn("ke");
        page.navigate("/worklist?status=ALL");
        page.navigate(firstHref("main table a[href^='/requests/']"));
        String family = firstHref("main a[href^='/families/']");

        page.navigate(family + "/meetings/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planlegg og send innkalling"))
                .click();
        page.waitForLoadState();
        assertThat(page.locator(".ds-error-summary")).isVisible();
        assertEquals(
                Boolean.TRUE,
                page.evaluate("document.activeElement.closest('.ds-error-summary') !== null"),
                "focus is on the error summary");
        @SuppressWarnings("unchecked")
        List<String> entries = (List<String>) page.evaluate(
                "Array.from(document.querySelectorAll('.ds-error-summary li a')).map(a => a.textContent.trim())");
        assertTrue(entries.size() >= 2, "several errors: " + entries);
        for (String entry : entries) {
            assertTrue(entry.matches("[^:]+: .+"), "the entry names its field: " + entry);
        }
        assertEquals(
                Boolean.TRUE,
                page.evaluate("(() => { const t = Array.from(document.querySelectorAll('.ds-error-summary li a'))"
                        + ".map(a => document.getElementById(decodeURIComponent(a.hash.slice(1))));"
                        + " return t.every(x => x) && t.every((x, i) => i === 0"
                        + " || (t[i - 1].compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING)); })()"),
                "the entries link to their fields, in the order of the form: " + entries);
        page.locator(".ds-error-summary li a").first().click();
        assertEquals(
                Boolean.TRUE,
                page.evaluate(
                        "location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1))) !== null"),
                "the link leads to its field");
        Browser.assertAccessible(page, "the meeting form with errors at " + width + " px");

        page.navigate(family + "/notes/new");
        page.locator("#text").fill("Samtale med mor om skolestart (" + width + ").");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signer og lagre"))
                .click();
        page.waitForLoadState();
        assertThat(page.locator(".hh-saved")).hasText("Notatet er signert og lagret.");
        assertEquals(
                Boolean.TRUE,
                page.evaluate("document.activeElement.classList.contains('hh-saved')"),
                "focus is on the success alert");
        Browser.assertAccessible(page, "the family page after a save at " + width + " px");
    }

    @Test
    void theFamilySummaryPrintsWithoutMenusButtonsOrHeaderActions() {
        open(1280);
        logIn("ke");
        page.navigate("/worklist?status=ALL");
        page.navigate(firstHref("main table a[href^='/requests/']"));
        String family = firstHref("main a[href^='/families/']");
        page.navigate(family);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sammendrag for utskrift"))
                .click();
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skriv ut")))
                .isVisible();
        Browser.assertAccessible(page, "the printable family summary");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator(".hh-nav")).isHidden();
        assertThat(page.locator(".hh-user")).isHidden();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skriv ut")))
                .isHidden();
        assertThat(page.locator("main h1")).isVisible();
        assertEquals(
                Boolean.TRUE,
                page.evaluate("document.querySelector('main').getBoundingClientRect().width"
                        + " >= document.documentElement.clientWidth - 1"),
                "the content takes the full width on paper");
        // Every page has the print stylesheet: the worklist prints without its menu too.
        page.navigate("/worklist?status=ALL");
        assertThat(page.locator(".hh-nav")).isHidden();
        assertThat(page.locator("main table").last()).isVisible();
    }

    private void open(int width) {
        context = browser.newContext("http://localhost:" + port);
        page = context.newPage();
        page.setViewportSize(width, 800);
    }

    private void logIn(String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        page.waitForLoadState();
    }

    private void logOut() {
        context.clearCookies();
    }

    /** The first link's target on the current page, or null when there is none. */
    private String firstHref(String selector) {
        var links = page.locator(selector);
        return links.count() == 0 ? null : links.first().getAttribute("href");
    }

    /** Opens the page and notes every way it fails a phone: wider than the screen, a bare table, title, axe. */
    private void visit(String path, String what) {
        if (path == null) {
            problems.add("not reached: " + what);
            return;
        }
        page.navigate(path);
        page.waitForLoadState();
        visited.add(path);
        String where = what + " (" + path + ")";
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number clientWidth = (Number) page.evaluate("document.documentElement.clientWidth");
        if (scrollWidth.intValue() > clientWidth.intValue()) {
            problems.add(where + " is " + scrollWidth + " px wide in " + clientWidth + " px; too wide: "
                    + page.evaluate("(() => { const w = document.documentElement.clientWidth;"
                            + " return Array.from(document.querySelectorAll('body *'))"
                            + ".filter(e => e.getBoundingClientRect().right > w + 0.5 && !e.closest('.hh-table-wrap'))"
                            + ".slice(0, 6).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                            + " + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : '')"
                            + " + ' ' + Math.round(e.getBoundingClientRect().right)); })()"));
        }
        Object bareTables = page.evaluate(
                "Array.from(document.querySelectorAll('main table'))"
                        + ".filter(t => !t.parentElement.matches('[role=region][tabindex=\"0\"]:is([aria-label],[aria-labelledby]), fieldset[disabled] .hh-table-fit')).length");
        if (((Number) bareTables).intValue() > 0) {
            problems.add(where + " has " + bareTables + " table(s) outside a focusable, labelled scroll region");
        }
        if (!page.title().endsWith(" – Helhet")) {
            problems.add(where + " has the title '" + page.title() + "'");
        }
        try {
            Browser.assertAccessible(page, where + " at " + page.viewportSize().width + " px");
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
    }

    private void assertNoProblems() {
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n", problems));
    }
}
