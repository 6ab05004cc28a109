package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.consent.ConsentForm;
import no.helhet.consent.ConsentGiver;
import no.helhet.consent.ConsentRules.NewConsent;
import no.helhet.consent.ConsentService;
import no.helhet.consent.InformationKind;
import no.helhet.family.FamilyDetails;
import no.helhet.meeting.MeetingKind;
import no.helhet.meeting.MeetingService;
import no.helhet.meeting.Participant;
import no.helhet.meeting.ParticipantKind;
import no.helhet.provider.ProviderRegister;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import no.helhet.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 8 items 3 and 11 in Chromium at 1280 and 390 px: approving the minutes and withdrawing a
 * consent open a Designsystemet dialog that says what will happen (axe with the dialog open); cancel
 * changes nothing, confirm does it and the success alert takes focus.
 */
@BrowserTest
@DemoData
class ConfirmationBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    ConsentService consents;

    @Autowired
    ProviderRegister providers;

    @Autowired
    UserDetailsService users;

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
    void minutesApprovalAndConsentWithdrawalAskFirst(int width, Browser browser) {
        context = browser.newContext("http://localhost:" + port);
        page = context.newPage();
        page.setViewportSize(width, 800);
        try {
            confirmations(width);
        } catch (AssertionError | RuntimeException e) {
            Browser.saveEvidence(page, getClass().getSimpleName() + "-" + width + "-failure");
            throw e;
        }
    }

    private void confirmations(int width) {
        FamilyDetails family = fixtures.aFamily("Bekreftvik", 9);
        UUID child = family.children().get(0).id();
        UUID school = providers.allProviders().stream()
                .filter(p -> p.name().equals("Solbakken skole"))
                .findFirst()
                .orElseThrow()
                .id();
        UUID[] ids = new UUID[2];
        asCaseworker(() -> {
            ids[0] = consents.recordConsent(
                    family.id(),
                    new NewConsent(
                            child,
                            ConsentGiver.GUARDIANS,
                            Set.of(family.guardians().get(0).id()),
                            Set.of(school),
                            EnumSet.of(InformationKind.SCHOOL),
                            ConsentForm.WRITTEN,
                            consents.today(),
                            null));
            ids[1] = meetings.schedule(
                            family.id(),
                            new MeetingService.NewMeeting(
                                    MeetingKind.COOPERATION,
                                    LocalDateTime.now().plusDays(3),
                                    60,
                                    "Skolen",
                                    null,
                                    "Oppstart",
                                    Set.of(new Participant(ParticipantKind.STAFF, "Kari Nordmann", null))))
                    .meetingId();
            meetings.writeMinutes(
                    ids[1], meetings.getMeeting(ids[1]).version(), "Skolestart " + width, null, List.of());
        });
        UUID consentId = ids[0];
        UUID meetingId = ids[1];

        page.navigate("/login");
        page.locator("#username").fill("ke");
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        page.waitForLoadState();

        // Approving the minutes.
        page.navigate("/meetings/" + meetingId);
        String meetingUrl = page.url();
        Locator approve =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkjenn referatet (låses)"));
        approve.click();
        Locator approval = page.locator("dialog#confirmed-dialog");
        assertThat(approval).isVisible();
        assertThat(approval).containsText("låses det med mitt navn og dagens dato");
        assertThat(approval).containsText("tjenesteyterportalen");
        fits("the minutes' approval dialog");
        cancel(approval);
        assertEquals(meetingUrl, page.url(), "cancel keeps the page");
        assertFalse(meetings.getMeeting(meetingId).approved(), "cancel approves nothing");
        approve.click();
        confirm(approval);
        succeeded("Referatet er godkjent og kan ikke lenger endres.");
        assertTrue(meetings.getMeeting(meetingId).approved(), "confirm approves");
        assertThat(page.getByText("Godkjent av ")).isVisible();

        // Withdrawing the consent.
        page.navigate("/families/" + family.id());
        String familyUrl = page.url();
        Locator withdraw = page.locator("form[action='/consents/" + consentId + "/withdrawal'] button[data-confirm]");
        withdraw.click();
        Locator withdrawal = page.locator("dialog#withdraw-" + consentId + "-dialog");
        assertThat(withdrawal).isVisible();
        assertThat(withdrawal).containsText("Disse tjenesteyterne mister tilgangen med en gang:");
        assertThat(withdrawal.locator("li")).hasText("Solbakken skole: Skole og PPT");
        fits("the consent's withdrawal dialog");
        cancel(withdrawal);
        assertEquals(familyUrl, page.url(), "cancel keeps the page");
        assertTrue(consents.sharing(child, school, InformationKind.SCHOOL).allowed(), "cancel withdraws nothing");
        withdraw.click();
        confirm(withdrawal);
        succeeded("Samtykket er trukket tilbake.");
        assertFalse(consents.sharing(child, school, InformationKind.SCHOOL).allowed(), "confirm withdraws");
    }

    private void cancel(Locator dialog) {
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avbryt"))
                .click();
        assertThat(dialog).isHidden();
    }

    private void confirm(Locator dialog) {
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekreft"))
                .click();
        page.waitForLoadState();
    }

    /** The success alert is shown and has focus, so a screen reader reads what happened. */
    private void succeeded(String text) {
        Locator alert = page.locator(".hh-saved");
        assertThat(alert).containsText(text);
        assertThat(alert).isFocused();
    }

    /** With the dialog open: axe (once the opening transition has finished), and no sideways scroll. */
    private void fits(String what) {
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        assertEquals(
                Boolean.TRUE,
                page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                what + " scrolls sideways");
        Browser.assertAccessible(page, what + " at " + page.viewportSize().width + " px");
    }

    private void asCaseworker(Runnable work) {
        var ke = users.loadUserByUsername("ke");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(ke, null, ke.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
