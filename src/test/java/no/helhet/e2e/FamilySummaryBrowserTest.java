package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The family page as a working page and "Mine familier" (issue 8, items 4 and 5) in Chromium at 1280
 * and 390 px: the coordinator's list with its columns, the family page's summary first, each of its
 * links reaching its section, axe and no sideways scroll on both pages.
 */
@BrowserTest
@DemoData
class FamilySummaryBrowserTest {

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void theSummaryLinksToItsSectionsAndMineFamilierShowsWhatIsNext(int width, Browser browser) {
        // The first demo coordinator with families (who has which depends on the demo's draw).
        for (String coordinator : List.of("koord1", "koord2", "koord3", "koord4", "koord5", "koord6", "koord7")) {
            if (context != null) {
                context.close();
            }
            context = browser.newContext("http://localhost:" + port);
            page = context.newPage();
            page.setViewportSize(width, 800);
            page.navigate("/login");
            page.locator("#username").fill(coordinator);
            page.locator("#password").fill("helhet-demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                    .click();
            page.waitForLoadState();
            page.navigate("/my-families");
            if (page.locator("main table tbody tr").count() > 0) {
                break;
            }
        }
        for (String column : List.of("Neste møte", "Åpne oppgaver", "Frister")) {
            assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName(column)))
                    .isAttached();
        }
        Locator rows = page.locator("main table tbody tr");
        assertTrue(rows.count() > 0, "a demo coordinator has families");
        assertThat(rows.first().locator("td[data-column='next-meeting']")).not().isEmpty();
        assertThat(rows.first().locator("td[data-column='open-tasks']")).not().isEmpty();
        assertThat(rows.first().locator("td[data-column='due']")).not().isEmpty();
        fits("Mine familier");

        page.navigate(rows.first().locator("a[href^='/families/']").first().getAttribute("href"));
        Locator summary = page.locator("#family-summary");
        assertThat(summary.getByRole(AriaRole.HEADING)).hasText("Kort om familien");
        for (String item : List.of("Barn", "Koordinator", "Ønske om koordinator", "Neste møte", "Åpne oppgaver")) {
            assertThat(summary.locator("dt").getByText(item, new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
        }
        fits("the family page");

        Locator links = summary.locator("dt a");
        int count = links.count();
        assertTrue(count >= 7, "a link per summary item: " + count);
        for (int i = 0; i < count; i++) {
            String href = links.nth(i).getAttribute("href");
            assertTrue(href.startsWith("#section-"), href);
            links.nth(i).click();
            assertTrue(page.url().endsWith(href), page.url() + " after " + href);
            assertThat(page.locator(href)).isInViewport();
            page.evaluate("window.scrollTo(0, 0)");
        }
    }

    private void fits(String what) {
        assertTrue(page.title().endsWith(" – Helhet"), what + ": " + page.title());
        assertEquals(
                Boolean.TRUE,
                page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"),
                what + " scrolls sideways");
        Browser.assertAccessible(page, what + " at " + page.viewportSize().width + " px");
    }
}
