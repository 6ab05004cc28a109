package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A meeting in Chromium at 1280 and 390 px (issue 8, item 6): participants picked from grouped lists
 * narrowed by a search field, the minutes' actions shown after saving (saving twice keeps one) and
 * after approval, the approval with the approver's name — axe and no sideways scroll on every page.
 */
@BrowserTest
@DemoData
class MeetingBrowserTest {

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
    void participantsFromGroupsAndMinutesThatKeepTheirActions(int width, Browser browser) {
        context = browser.newContext("http://localhost:" + port);
        page = context.newPage();
        page.setViewportSize(width, 800);
        page.navigate("/login");
        page.locator("#username").fill("ke");
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        page.waitForLoadState();
        page.navigate("/worklist?status=ALL");
        page.navigate(page.locator("main table a[href^='/requests/']").first().getAttribute("href"));
        String family = page.locator("main a[href^='/families/']").first().getAttribute("href");

        page.navigate(family + "/meetings/new");
        assertThat(page.locator("#participants legend").getByText("Familien")).isVisible();
        assertThat(page.locator("#participants legend").getByText("Kommunens ansatte"))
                .isVisible();
        fits("the meeting form");
        page.locator("#participants-search").fill("Mona");
        assertThat(page.locator("#participants-FAMILY [data-filter-option]").first())
                .isHidden();
        assertThat(page.locator("#participants label").getByText("Mona Sæther")).isVisible();
        page.locator("#participants label").getByText("Mona Sæther").click();
        page.locator("#participants-search").fill("");
        page.locator("#participants-FAMILY input[type=checkbox]").first().check();
        page.locator("#place").fill("Rådhuset");
        page.locator("#time").fill("10:00");
        page.locator("#agenda").fill("Skolestart");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planlegg og send innkalling"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Referat").setExact(true)))
                .isVisible();
        fits("the meeting");

        for (int i = 0; i < 2; i++) {
            page.locator("#discussed").fill("Skolestart, runde " + i);
            page.locator("#actions-0-title").fill("Bestille tolk " + width);
            page.locator("#actions-0-ownerId").selectOption(new SelectOption().setLabel("Mona Sæther"));
            page.locator("#actions-0-dueOn").fill("2030-01-15");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre referatet"))
                    .click();
            page.waitForLoadState();
        }
        assertThat(page.locator("main table tbody tr")).hasCount(1);
        assertThat(page.locator("main table tbody tr")).containsText("Mona Sæther");
        fits("the minutes with an action");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkjenn referatet (låses)"))
                .click();
        page.locator("dialog.ds-dialog[open]")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekreft"))
                .click();
        page.waitForLoadState();
        assertThat(page.getByText("Godkjent av ")).isVisible();
        assertThat(page.locator("main table tbody tr")).hasCount(1);
        assertThat(page.locator("main table tbody tr")).containsText("Bestille tolk " + width);
        fits("the approved minutes");
    }

    private void fits(String what) {
        assertTrue(page.title().endsWith(" – Helhet"), what + ": " + page.title());
        assertEquals(
                Boolean.TRUE,
                page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                what + " scrolls sideways");
        Browser.assertAccessible(page, what + " at " + page.viewportSize().width + " px");
    }
}
