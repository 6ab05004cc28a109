package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import no.helhet.shared.NationalId;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import no.helhet.support.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole chain through the real UI in Chromium: a KE caseworker registers a family and a
 * request, assesses, decides (with a PDF letter) and appoints Hanne Lie; Hanne Lie then finds the
 * family under "Mine familier", and another coordinator gets a "not found" page for it. axe-core
 * (WCAG 2.1 A/AA) runs on every page visited and must find nothing.
 */
@BrowserTest
@DemoData
class ChainBrowserTest {

    private static final String PASSWORD = "helhet-demo";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    // A family name that the demo data does not use, so that the family is easy to find in lists.
    private static final String FAMILY_NAME = "Testvik";
    private static final String GUARDIAN_GIVEN = "Kari";
    private static final String CHILD_GIVEN = "Mia";
    private static final String GUARDIAN = GUARDIAN_GIVEN + " " + FAMILY_NAME;
    private static final String CHILD = CHILD_GIVEN + " " + FAMILY_NAME;
    private static final String FAMILY_DISPLAY_NAME = FAMILY_NAME + ": " + CHILD_GIVEN;
    private static final String COORDINATOR = "Hanne Lie";
    private static final String NEED_REASON =
            "Mia trenger fysioterapi, oppfølging fra sykehuset og tilrettelegging på skolen.";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    private BrowserContext context;
    private Page page;
    private final List<String> scriptErrors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openPage(Browser browser) {
        context = browser.newContext("http://localhost:" + port);
        page = context.newPage();
        // Script errors and console errors (CSP violations among them) fail the test at the end.
        page.onPageError(error -> scriptErrors.add("page error at " + page.url() + ": " + error));
        // The app has no favicon; Chromium's own request for /favicon.ico is not the page's doing.
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.location().startsWith(url("/favicon.ico"))) {
                scriptErrors.add(
                        "console error at " + page.url() + ": " + message.text() + " (" + message.location() + ")");
            }
        });
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void familyRequestAssessmentDecisionAppointmentAndTheCoordinatorsView() throws IOException {
        try {
            walkTheChain();
        } catch (AssertionError | RuntimeException e) {
            Browser.saveEvidence(page, getClass().getSimpleName() + "-failure");
            throw e;
        }
    }

    private void walkTheChain() throws IOException {
        LocalDate today = LocalDate.now(clock);
        String guardianId = Fixtures.syntheticId(LocalDate.of(1985, 8, 4));
        String childId = Fixtures.syntheticId(LocalDate.of(2018, 3, 15));

        // 1. Log in as the KE caseworker.
        logIn("ke");
        assertThat(page).hasURL(url("/worklist"));
        assertThat(heading("Arbeidsliste")).isVisible();
        axe("the worklist");

        // 2. Register the family, first with an invalid national id.
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Registrer familie"))
                .click();
        assertThat(page).hasURL(url("/families/new"));
        assertThat(heading("Registrer familie")).isVisible();
        axe("the empty family form");

        page.locator("#addressMunicipality").fill("Demo kommune");
        page.locator("#guardians-0-nationalId").fill("12345678901");
        page.locator("#guardians-0-givenName").fill(GUARDIAN_GIVEN);
        page.locator("#guardians-0-familyName").fill(FAMILY_NAME);
        page.locator("#children-0-status-born").check();
        page.locator("#children-0-nationalId").fill(childId);
        page.locator("#children-0-givenName").fill(CHILD_GIVEN);
        page.locator("#children-0-familyName").fill(FAMILY_NAME);
        button("Registrer familien").click();

        Locator badId = page.locator("#guardians-0-nationalId");
        Locator badIdError = page.locator("#guardians-0-nationalId-error");
        String checksumMessage = "Fødselsnummeret er ikke gyldig (kontrollsifrene stemmer ikke).";
        // Designsystemet's error summary (role group, named by its heading) takes focus when it appears.
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Rett opp dette")))
                .isFocused();
        assertThat(badIdError).hasText(checksumMessage);
        // next to the field: in the same field group, and tied to the input for screen readers
        Locator badIdField = page.locator(".ds-field").filter(new Locator.FilterOptions().setHas(badId));
        assertThat(badIdField.locator(".ds-validation-message")).hasText(checksumMessage);
        assertThat(badId).hasAttribute("aria-invalid", "true");
        assertThat(badId).hasAttribute("aria-describedby", "guardians-0-nationalId-error");
        assertThat(badId).hasValue("12345678901");
        assertThat(page.locator("#guardians-0-givenName")).hasValue(GUARDIAN_GIVEN);
        assertThat(page.locator("#addressMunicipality")).hasValue("Demo kommune");
        assertThat(page.locator("#children-0-status-born")).isChecked();
        assertThat(page.locator("#children-0-nationalId")).hasValue(childId);
        axe("the family form with an error");

        badId.fill(guardianId);
        button("Registrer familien").click();
        assertThat(page).hasURL(urlMatching(url("/families/"), UUID_PATTERN + "$"));
        String familyUrl = page.url();
        assertThat(heading(FAMILY_DISPLAY_NAME)).isVisible();
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName(GUARDIAN).setExact(true)))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName(CHILD).setExact(true)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(NationalId.mask(guardianId))))
                .isVisible();
        axe("the new family's page");

        // 3. Register the request.
        link("Registrer ønske om barnekoordinator").click();
        assertThat(page).hasURL(familyUrl + "/requests/new");
        assertThat(heading("Registrer ønske om barnekoordinator")).isVisible();
        assertThat(page.locator("#receivedOn")).hasValue(today.toString());
        axe("the request form");

        page.locator("#channel").selectOption("PHONE");
        page.locator("#requesterKind-GUARDIAN").check();
        page.locator("#requesterGuardianId").selectOption(new SelectOption().setLabel(GUARDIAN));
        page.locator("#childIds")
                .getByLabel(CHILD, new Locator.GetByLabelOptions().setExact(true))
                .check();
        page.locator("#familyWords").fill("Vi har så mange avtaler at vi ikke får det til å henge sammen.");
        button("Registrer ønsket").click();

        assertThat(page).hasURL(urlMatching(url("/requests/"), UUID_PATTERN + "$"));
        String caseUrl = page.url();
        assertThat(heading("Sak: " + FAMILY_DISPLAY_NAME)).isVisible();
        assertThat(page.getByText("Muntlig: telefon")).isVisible();
        assertThat(page.getByText("(" + GUARDIAN + ")")).isVisible();
        assertThat(page.getByText("Vi har så mange avtaler")).isVisible();
        axe("the new case");

        // 4. Assess.
        button("Start vurdering").click();
        assertThat(page).hasURL(urlMatching(url("/assessments/"), UUID_PATTERN + "$"));
        String assessmentUrl = page.url();
        assertThat(heading("Vurdering av rett til barnekoordinator: " + FAMILY_DISPLAY_NAME))
                .isVisible();
        axe("the new assessment");

        page.locator("#ageConclusion-MET").check();
        page.locator("#ageReason").fill("Mia er født i 2018 og er under 18 år.");
        page.locator("#illnessKinds-SOMATIC").check();
        page.locator("#illnessKinds-COGNITIVE").check();
        page.locator("#illnessConclusion-MET").check();
        page.locator("#illnessReason").fill("Mia har en alvorlig medfødt hjertefeil og en utviklingsforstyrrelse.");
        page.locator("#needLongTerm").check();
        page.locator("#needComposite").check();
        page.locator("#needHealthCare").check();
        page.locator("#needOtherWelfare").check();
        page.locator("#needConclusion-MET").check();
        page.locator("#needReason").fill(NEED_REASON);
        button("Lagre vurderingen").click();

        assertThat(page).hasURL(assessmentUrl);
        // the success alert (the form also has the draft's own status line)
        assertThat(page.getByRole(AriaRole.STATUS)
                        .filter(new Locator.FilterOptions().setHasText("Vurderingen er lagret.")))
                .isVisible();
        assertThat(page.locator("#ageConclusion-MET")).isChecked();
        assertThat(page.locator("#needReason")).hasValue(NEED_REASON);
        axe("the saved assessment");

        // 5. Decide, and download the letter.
        link("Tilbake til saken").click();
        assertThat(page).hasURL(caseUrl);
        assertThat(tag("Under vurdering")).isVisible();
        axe("the case under assessment");
        link("Skriv avgjørelse").click();
        assertThat(page).hasURL(assessmentUrl + "/decisions/new");
        assertThat(heading("Avgjørelse: " + FAMILY_DISPLAY_NAME)).isVisible();
        assertThat(page.locator("#outcome-GRANTED_CHILD_COORDINATOR")).isChecked();
        assertThat(page.locator("#ageReason")).hasValue("Mia er født i 2018 og er under 18 år.");
        assertThat(page.locator("#needReason")).hasValue(NEED_REASON);
        axe("the decision form");

        Locator summary = page.locator("#summary");
        if (summary.inputValue().isBlank()) {
            summary.fill("Familien oppfyller alle vilkårene og har rett til barnekoordinator.");
        }
        // Mia is 8: her views, or why she was not heard, before the decision (issue 7 item 4).
        assertThat(page.locator("#child-voice")).containsText("Fra 7 år skal barnet få si sin mening");
        // Deciding cannot be undone: the button opens a dialog that says what will happen (issue 8 item 3).
        String decisionUrl = page.url();
        button("Fatt avgjørelsen og lag brevet").click();
        Locator confirmDialog = page.locator("dialog#confirmed-dialog");
        assertThat(confirmDialog).isVisible();
        assertThat(confirmDialog).containsText("kan ikke endres etterpå");
        // axe reads colours: wait until the dialog's opening transition has finished
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        axe("the decision's confirmation dialog");
        confirmDialog
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avbryt"))
                .click();
        assertThat(confirmDialog).isHidden();
        assertEquals(decisionUrl, page.url(), "cancel keeps the page");
        assertThat(page.locator("#summary")).not().isEmpty();
        button("Fatt avgjørelsen og lag brevet").click();
        confirm();
        assertThat(page.locator("#childViews-error")).containsText("skal høres (fra 7 år)");
        axe("the decision form, the child not yet heard");
        page.locator("#childViews").fill("Mia vil ha én voksen som hun kjenner.");
        page.locator("#childViewsHow").fill("Samtale med Mia hjemme");
        button("Fatt avgjørelsen og lag brevet").click();
        confirm();

        assertThat(page).hasURL(caseUrl);
        assertThat(page.getByText("Innvilget: barnekoordinator")).isVisible();
        assertThat(tag("Innvilget, venter på oppnevning")).isVisible();
        axe("the case with a decision");

        Download download =
                page.waitForDownload(() -> link("Last ned brevet (PDF)").click());
        assertNull(download.failure(), "the download failed");
        byte[] pdf = Files.readAllBytes(download.path());
        assertTrue(pdf.length > 4, "the letter is empty");
        assertEquals("%PDF", new String(Arrays.copyOf(pdf, 4), StandardCharsets.US_ASCII), "the letter is not a PDF");
        String letter = pdfText(pdf);
        assertTrue(letter.contains(GUARDIAN), "the letter does not name the guardian:\n" + letter);
        assertTrue(letter.contains("Statsforvalteren"), "the letter does not mention Statsforvalteren:\n" + letter);

        // 6. Appoint Hanne Lie, as the family wished.
        link("Oppnevn koordinator").click();
        assertThat(page).hasURL(urlMatching(url("/decisions/"), UUID_PATTERN + "/appointments/new$"));
        assertThat(heading("Oppnevn koordinator: " + FAMILY_DISPLAY_NAME)).isVisible();
        axe("the appointment form");

        page.locator("#familyWish-PERSON").check();
        Locator wished =
                page.locator("#wishedStaffId option").filter(new Locator.FilterOptions().setHasText(COORDINATOR));
        assertThat(wished).hasCount(1);
        page.locator("#wishedStaffId").selectOption(wished.getAttribute("value"));
        Locator coordinatorRadio = page.locator("#coordinatorId")
                .getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName(COORDINATOR).setExact(true));
        assertThat(coordinatorRadio).hasAttribute("id", Pattern.compile("^coordinator-" + UUID_PATTERN + "$"));
        coordinatorRadio.check();
        // The child's wish, the family's consent and the delegation (issue 7 items 4 and 5).
        page.locator("#childWish").fill("Mia vil ha Hanne fra helsestasjonen.");
        page.locator("#childWishHow").fill("Samtale med Mia");
        page.locator("#consentGivenBy-GUARDIANS").check();
        page.locator("#consentGivenOn").fill(today.toString());
        page.locator("#delegationDecidedBy").fill("Kommunalsjef for helse");
        page.locator("#delegationDecidedOn").fill(today.plusDays(5).toString());
        button("Oppnevn og lag brevet").click();
        confirm();
        assertThat(page.locator("#delegationDecidedOn-error")).containsText("Datoen kan ikke være fram i tid.");
        assertThat(page.locator("#delegationUnitLeader-error")).containsText("Skriv hvem som leder");
        assertThat(page.locator("#childWish")).hasValue("Mia vil ha Hanne fra helsestasjonen.");
        axe("the appointment form with errors");
        page.locator("#delegationDecidedOn").fill(today.toString());
        page.locator("#delegationUnitLeader").fill("Enhetsleder Eva Berg");
        button("Oppnevn og lag brevet").click();
        confirm();

        assertThat(page).hasURL(caseUrl);
        Locator appointment =
                page.locator(".hh-section").filter(new Locator.FilterOptions().setHas(heading("Oppnevning")));
        assertThat(appointment).containsText(COORDINATOR + " (");
        assertThat(appointment).containsText("Barnekoordinator");
        assertThat(appointment).containsText("En bestemt person");
        assertThat(appointment).containsText("Kommunalsjef for helse");
        assertThat(appointment.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName("Last ned oppnevningsbrevet (PDF)")))
                .isVisible();
        assertThat(tag("Koordinator oppnevnt")).isVisible();
        axe("the case with an appointment");

        // 7. Hanne Lie sees the family under "Mine familier" and can open it.
        logOut();
        logIn("koord1");
        assertThat(page).hasURL(url("/my-families"));
        assertThat(heading("Mine familier")).isVisible();
        axe("Mine familier");

        link(FAMILY_DISPLAY_NAME).click();
        assertThat(page).hasURL(familyUrl);
        assertThat(heading(FAMILY_DISPLAY_NAME)).isVisible();
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName(CHILD).setExact(true)))
                .isVisible();
        assertThat(page.getByText(COORDINATOR + ", ")).isVisible();
        axe("the family page, as its coordinator");

        // 8. Another coordinator gets "not found", which says nothing about the family.
        logOut();
        logIn("koord2");
        assertThat(page).hasURL(url("/my-families"));
        assertThat(heading("Mine familier")).isVisible();
        assertThat(link(FAMILY_DISPLAY_NAME)).hasCount(0);
        axe("Mine familier, as another coordinator");
        Response response = page.navigate(familyUrl);
        assertNotNull(response);
        assertEquals(404, response.status(), "another coordinator opened the family");
        assertThat(page).hasTitle("Fant ikke siden – Helhet");
        assertThat(heading("Fant ikke siden")).isVisible();
        String html = page.content();
        List<String> secrets =
                List.of(FAMILY_NAME, CHILD_GIVEN, GUARDIAN_GIVEN, guardianId.substring(0, 6), childId.substring(0, 6));
        for (String secret : secrets) {
            assertFalse(html.contains(secret), "the not-found page reveals '" + secret + "':\n" + html);
        }
        axe("the not-found page");

        // Chromium may log koord2's 404 for the family page itself as a console error; that one is expected.
        List<String> unexpectedErrors = scriptErrors.stream()
                .filter(e -> !(e.contains("Failed to load resource")
                        && e.contains("404")
                        && e.contains("(" + familyUrl + ":")))
                .toList();
        assertEquals(List.of(), unexpectedErrors, "errors in the browser console");
    }

    private void logIn(String username) {
        page.navigate("/login");
        assertThat(heading("Logg inn")).isVisible();
        axe("the login page");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Logg inn").setExact(true))
                .click();
        assertThat(button("Logg ut")).isVisible();
    }

    private void logOut() {
        button("Logg ut").click();
        assertThat(page).hasURL(url("/login?logout"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Du er logget ut.");
        axe("the login page after logging out");
    }

    private void axe(String what) {
        Browser.assertAccessible(page, what);
    }

    private Locator heading(String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Confirms in the open confirmation dialog of an irreversible action. */
    private void confirm() {
        Locator dialog = page.locator("dialog.ds-dialog[open]");
        assertThat(dialog).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekreft"))
                .click();
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A Designsystemet tag (status badge) with the text. */
    private Locator tag(String text) {
        return page.locator(".ds-tag").filter(new Locator.FilterOptions().setHasText(text));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * A URL starting with {@code prefix} and continuing with {@code regex}. Playwright evaluates the
     * pattern as a JavaScript regular expression, so no Pattern.quote (its \Q…\E is Java-only): escape by hand.
     */
    private static Pattern urlMatching(String prefix, String regex) {
        return Pattern.compile("^" + prefix.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0") + regex);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
