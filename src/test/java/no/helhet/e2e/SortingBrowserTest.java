package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8 items 5 and 11, sorting, in Chromium at 1280 and 390 px with axe: the worklist sorted by a
 * column header (Designsystemet's sortable header, aria-sort on the sorted column), in the right
 * order both ways, and a header activated from the keyboard.
 */
@BrowserTest
@DemoData
class SortingBrowserTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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

    @Test
    void theWorklistSortsByAColumnAtADeskWidth(Browser browser) {
        sortTheWorklist(browser, 1280);
    }

    @Test
    void theWorklistSortsByAColumnOnAPhone(Browser browser) {
        sortTheWorklist(browser, 390);
    }

    private void sortTheWorklist(Browser browser, int width) {
        context = browser.newContext("http://localhost:" + port);
        page = context.newPage();
        page.setViewportSize(width, 800);
        page.navigate("/login");
        page.locator("#username").fill("ke");
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        page.navigate("/worklist?status=ALL");

        // By default oldest first, and the header says so.
        Locator received = header("Mottatt dato");
        Locator waiting = header("Dager ventet");
        assertThat(received).hasAttribute("aria-sort", "ascending");
        assertThat(waiting).hasAttribute("aria-sort", "none");
        assertThat(receivedDates()).isSortedAccordingTo(LocalDate::compareTo);

        // Days waiting, longest first: the header pressed twice (ascending, then descending).
        waiting.getByRole(AriaRole.LINK).click();
        assertThat(header("Dager ventet")).hasAttribute("aria-sort", "ascending");
        assertThat(daysWaiting()).isSorted();
        header("Dager ventet").getByRole(AriaRole.LINK).click();
        assertThat(header("Dager ventet")).hasAttribute("aria-sort", "descending");
        assertThat(header("Mottatt dato")).hasAttribute("aria-sort", "none");
        assertThat(daysWaiting()).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(page).hasURL(java.util.regex.Pattern.compile("status=ALL.*sort=waiting&dir=desc"));
        Browser.assertAccessible(page, "the worklist sorted by days waiting at " + width + " px");

        // From the keyboard: the header of the date received, focused and activated with Enter.
        header("Mottatt dato").getByRole(AriaRole.LINK).focus();
        page.keyboard().press("Enter");
        assertThat(header("Mottatt dato")).hasAttribute("aria-sort", "ascending");
        header("Mottatt dato").getByRole(AriaRole.LINK).focus();
        page.keyboard().press("Enter");
        assertThat(header("Mottatt dato")).hasAttribute("aria-sort", "descending");
        assertThat(receivedDates()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page.locator("#status")).hasValue("ALL");

        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number clientWidth = (Number) page.evaluate("document.documentElement.clientWidth");
        assertThat(scrollWidth.intValue())
                .as("no sideways scroll at " + width + " px")
                .isLessThanOrEqualTo(clientWidth.intValue());
        Browser.assertAccessible(page, "the worklist sorted by date received, newest first, at " + width + " px");
    }

    private Locator header(String name) {
        return page.locator("#worklist thead th").filter(new Locator.FilterOptions().setHasText(name));
    }

    private List<LocalDate> receivedDates() {
        List<String> cells = page.locator("#worklist tbody tr td:nth-child(2)").allInnerTexts();
        assertThat(cells).hasSizeGreaterThan(2);
        return cells.stream().map(s -> LocalDate.parse(s.strip(), DATE)).toList();
    }

    private List<Integer> daysWaiting() {
        List<String> cells = page.locator("#worklist tbody tr td:nth-child(5) span:first-child")
                .allInnerTexts();
        assertThat(cells).hasSizeGreaterThan(2);
        return cells.stream().map(s -> Integer.parseInt(s.strip())).toList();
    }
}
