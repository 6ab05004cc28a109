package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Item 8 of issue 8 in Chromium, at 1280 and 390 px, with axe: what is typed in the assessment is
 * saved as a draft when the field is left and is there after a reload; input not yet saved makes
 * leaving warn (beforeunload) and is brought back after a reload; the session warns before its idle
 * time-out and its button keeps the session.
 */
@BrowserTest
@DemoData
class DraftBrowserTest {

    /** What leaving the page would do now: true when the page asks to stay (the leave warning). */
    private static final String LEAVING_WARNS =
            "(() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; })()";

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
    void theAssessmentKeepsWhatIsTypedAtADeskWidth(Browser browser) {
        typeReloadAndFindItAgain(browser, 1280);
    }

    @Test
    void theAssessmentKeepsWhatIsTypedOnAPhone(Browser browser) {
        typeReloadAndFindItAgain(browser, 390);
    }

    @Test
    void theSessionWarnsBeforeItsIdleTimeoutAndStaysWhenAsked(Browser browser) {
        open(browser, 390);
        page.clock().install();
        logIn();
        page.navigate("/worklist");
        assertThat(page.locator("[data-session-warning]")).isHidden();
        page.clock().fastForward("26:00");
        assertThat(page.locator("[data-session-warning]")).isVisible();
        Browser.assertAccessible(page, "the session warning at 390 px");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsett å være innlogget"))
                .click();
        assertThat(page.locator("[data-session-warning]")).isHidden();
        page.clock().fastForward("26:00");
        assertThat(page.locator("[data-session-warning]")).isVisible();
        page.clock().fastForward("05:00");
        assertThat(page.locator("[data-session-ended]")).isVisible();
        assertThat(page.locator("[data-session-ended] a")).hasAttribute("href", "/worklist");
        Browser.assertAccessible(page, "the ended session at 390 px");
    }

    private void typeReloadAndFindItAgain(Browser browser, int width) {
        open(browser, width);
        logIn();
        String assessment = aDraftAssessment();
        page.navigate(assessment);
        assertThat(page.title()).endsWith(" – Helhet");
        assertFits(width);
        Browser.assertAccessible(page, "the assessment at " + width + " px");
        assertThat((Boolean) page.evaluate(LEAVING_WARNS))
                .as("nothing typed yet")
                .isFalse();

        String views = "Hun vil ha én voksen å spørre (" + width + " px).";
        page.locator("#childViews").fill(views);
        assertThat((Boolean) page.evaluate(LEAVING_WARNS))
                .as("typed, not saved")
                .isTrue();
        page.locator("#childViews").press("Tab");
        assertThat(page.locator(".hh-section-state [data-saved]")).isVisible();
        // htmx settles the answer just after showing it; then leaving no longer warns.
        page.waitForFunction("() => !" + LEAVING_WARNS);
        Browser.assertAccessible(page, "the assessment with a saved draft at " + width + " px");

        page.reload();
        assertThat(page.locator("#childViews")).hasValue(views);

        String family = "Foreldrene ønsker ett telefonnummer (" + width + " px).";
        page.locator("#familyViews").fill(family);
        assertThat((Boolean) page.evaluate(LEAVING_WARNS))
                .as("typed, not yet saved")
                .isTrue();
        page.onDialog(dialog -> dialog.accept());
        page.reload();
        assertThat(page.locator("#familyViews")).hasValue(family);
        assertThat(page.locator("p[data-draft-restored]")).isVisible();
        assertFits(width);
        Browser.assertAccessible(page, "the assessment with a restored draft at " + width + " px");
    }

    private void open(Browser browser, int width) {
        context = browser.newContext("http://localhost:" + port);
        page = context.newPage();
        page.setViewportSize(width, 800);
    }

    private void logIn() {
        page.navigate("/login");
        page.locator("#username").fill("ke");
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        page.waitForLoadState();
    }

    /** An assessment that is still a draft, reached from the worklist's cases under assessment. */
    private String aDraftAssessment() {
        page.navigate("/worklist?status=UNDER_ASSESSMENT");
        page.navigate(page.locator("main table a[href^='/requests/']").first().getAttribute("href"));
        return page.locator("main a[href^='/assessments/']:not([href*='/decisions/'])")
                .first()
                .getAttribute("href");
    }

    private void assertFits(int width) {
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number clientWidth = (Number) page.evaluate("document.documentElement.clientWidth");
        assertThat(scrollWidth.intValue())
                .as("page width at " + width + " px")
                .isLessThanOrEqualTo(clientWidth.intValue());
    }
}
