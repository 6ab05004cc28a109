package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.meeting.MeetingKind;
import no.helhet.meeting.MeetingService;
import no.helhet.meeting.Participant;
import no.helhet.meeting.ParticipantKind;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import no.helhet.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Items 8 and 11 of issue 8 in Chromium, at 1280 and 390 px, with axe: what is typed in the decision
 * form and in the meeting minutes is saved on the server as a draft when the field is left (htmx),
 * leaving warns until it is saved, and after a reload the input is back from the server (not from the
 * tab: the tab's copy is dropped once the server has it), with the time it was saved.
 */
@BrowserTest
@DemoData
class FormDraftsBrowserTest {

    /** What leaving the page would do now: true when the page asks to stay (the leave warning). */
    private static final String LEAVING_WARNS =
            "(() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; })()";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeetingService meetings;

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
    void theDecisionFormKeepsWhatIsTypedAcrossAReload(int width, Browser browser) {
        FamilyDetails family = fixtures.aFamily("Vedtaksutkast", 9);
        UUID assessmentId = fixtures.anAssessment(family);
        open(browser, width);
        page.navigate("/assessments/" + assessmentId + "/decisions/new");
        typeLeaveReloadAndFindItAgain("#summary", "Oppsummert i nettleseren (" + width + " px).", "the decision form");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void theMinutesKeepWhatIsTypedAcrossAReload(int width, Browser browser) {
        FamilyDetails family = fixtures.aFamily("Referatutkast", 9);
        UUID meetingId = meetings.schedule(
                        family.id(),
                        new MeetingService.NewMeeting(
                                MeetingKind.RESPONSIBILITY_GROUP,
                                meetings.today().plusDays(7).atTime(10, 0),
                                60,
                                "Rådhuset",
                                null,
                                "Skolestart",
                                Set.of(new Participant(ParticipantKind.GUARDIAN, "Kari Referatutkast", null))))
                .meetingId();
        open(browser, width);
        page.navigate("/meetings/" + meetingId);
        typeLeaveReloadAndFindItAgain("#discussed", "Drøftet skolestart (" + width + " px).", "the minutes");
    }

    private void typeLeaveReloadAndFindItAgain(String field, String text, String what) {
        int width = page.viewportSize().width;
        assertThat(page.title()).endsWith(" – Helhet");
        assertFits(width);
        Browser.assertAccessible(page, what + " at " + width + " px");
        assertThat((Boolean) page.evaluate(LEAVING_WARNS))
                .as("nothing typed yet")
                .isFalse();

        page.locator(field).fill(text);
        assertThat((Boolean) page.evaluate(LEAVING_WARNS))
                .as("typed, not saved")
                .isTrue();
        page.locator(field).press("Tab");
        assertThat(page.locator(".hh-section-state [data-saved]")).isVisible();
        // htmx settles the answer just after showing it; then leaving no longer warns.
        page.waitForFunction("() => !" + LEAVING_WARNS);
        Browser.assertAccessible(page, what + " with a saved draft at " + width + " px");

        page.reload();
        assertThat(page.locator(field)).hasValue(text);
        assertThat(page.locator(".hh-section-state [data-saved]")).isVisible();
        // From the server, not from the tab (the tab's copy went when the server had it).
        assertThat(page.locator("p[data-draft-restored]")).hasCount(0);
        assertFits(width);
        Browser.assertAccessible(page, what + " with the draft brought back at " + width + " px");
    }

    private void open(Browser browser, int width) {
        context = browser.newContext("http://localhost:" + port);
        page = context.newPage();
        page.setViewportSize(width, 800);
        page.navigate("/login");
        page.locator("#username").fill("ke");
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        page.waitForLoadState();
    }

    private void assertFits(int width) {
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number clientWidth = (Number) page.evaluate("document.documentElement.clientWidth");
        assertThat(scrollWidth.intValue())
                .as("page width at " + width + " px")
                .isLessThanOrEqualTo(clientWidth.intValue());
    }
}
