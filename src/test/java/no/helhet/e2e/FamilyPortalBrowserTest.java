package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.appointment.AppointmentFixtures;
import no.helhet.appointment.AppointmentService;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.family.FamilyService.NewChild;
import no.helhet.family.FamilyService.NewFamily;
import no.helhet.family.FamilyService.NewGuardian;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.Fixtures;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A parent on a phone (360 px wide) logs in to the family portal through ID-porten's stand-in
 * (mock-oauth2-server, level high, the parent's pid), sees the case (the decision, its letter, the
 * coordinator), downloads the letter, asks for a coordinator for the other child (first with a
 * mistake, kept next to the field), and logs out; an unknown person gets the refusal page. axe-core
 * finds nothing on any page, and no page is wider than the phone.
 */
@BrowserTest
class FamilyPortalBrowserTest {

    private static final String ISSUER = "idporten";
    private static final String CLIENT_ID = "helhet-familie";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add(
                "helhet.idporten.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
        registry.add("helhet.idporten.client-id", () -> CLIENT_ID);
        registry.add("helhet.idporten.client-secret", () -> "hemmelig");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    FamilyService families;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppointmentService appointments;

    @Autowired
    StaffDirectory staff;

    @Autowired
    UserDetailsService users;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openPhone(Browser browser) {
        context = browser.newContext("http://localhost:" + port);
        page = context.newPage();
        page.setViewportSize(360, 800);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void aParentLogsInOnAPhoneSeesTheCaseAndAsksForACoordinator() {
        LocalDate today = families.today();
        String pid = Fixtures.syntheticId(today.minusYears(36));
        UUID familyId = families.registerFamily(new NewFamily(
                "Demo kommune",
                null,
                null,
                List.of(new NewGuardian(pid, "Hanne", "Mobilsen", true, null, null)),
                List.of(
                        new NewChild(
                                Fixtures.syntheticId(today.minusYears(8)),
                                "Ola",
                                "Mobilsen",
                                today.minusYears(8),
                                null,
                                null),
                        new NewChild(
                                Fixtures.syntheticId(today.minusYears(4)),
                                "Mia",
                                "Mobilsen",
                                today.minusYears(4),
                                null,
                                null))));
        FamilyDetails family = families.getFamily(familyId);
        asCaseworker(() -> appointments.appointCoordinator(
                fixtures.aGrantedDecision(family),
                AppointmentFixtures.draft(
                        staff.findStaffByUsername("koord2").orElseThrow().id())));

        page.navigate("/family-portal");
        assertThat(page).hasURL("http://localhost:" + port + "/family-portal/login");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Familiens side")))
                .isVisible();
        check("the family portal's login page");

        PROVIDER.enqueueCallback(callback(pid));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logg inn med ID-porten"))
                .click();
        assertThat(page).hasURL("http://localhost:" + port + "/family-portal/families/" + familyId);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Saken vår")))
                .isVisible();
        assertThat(page.locator("main")).containsText("Ola Mobilsen");
        assertThat(page.locator("main")).containsText("Dere har rett til barnekoordinator.");
        assertThat(page.locator("main"))
                .containsText(staff.findStaffByUsername("koord2").orElseThrow().fullName());
        check("the case page");

        Download letter = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Last ned brevet om vedtaket (PDF)"))
                .first()
                .click());
        assertTrue(letter.suggestedFilename().endsWith(".pdf"), letter.suggestedFilename());

        page.locator("#childIds").getByLabel("Ola Mobilsen").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send forespørselen"))
                .click();
        assertThat(page.locator(".ds-error-summary")).containsText("Skriv kort hva barnet trenger hjelp til.");
        assertThat(page.locator("#childIds").getByLabel("Mia Mobilsen")).isChecked();
        assertThat(page.locator("#childIds").getByLabel("Ola Mobilsen")).not().isChecked();
        check("the request form with an error");

        page.locator("#needs").fill("Mia trenger hjelp fra barnehagen og fysioterapeuten.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send forespørselen"))
                .click();
        assertThat(page.locator(".hh-saved")).containsText("Forespørselen er sendt.");
        assertThat(page.locator("#child-"
                        + family.children().stream()
                                .filter(c -> c.givenName().equals("Mia"))
                                .findFirst()
                                .orElseThrow()
                                .id()))
                .containsText("Vi har fått den og skal se på den.");
        check("the case page after the request");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut"))
                .click();
        assertThat(page).hasURL("http://localhost:" + port + "/family-portal/login?logout");
        page.navigate("/family-portal/families/" + familyId);
        assertThat(page).hasURL("http://localhost:" + port + "/family-portal/login");
    }

    @Autowired
    no.helhet.plan.PlanFixtures plans;

    /**
     * Issue 14 item 10: a parent on a phone reads the child's plan, writes a goal of the family's own,
     * withdraws a consent (asked first in a dialog) and downloads the report of who has looked at the
     * family's data; axe on every page and no page wider than the phone.
     */
    @Test
    void aParentReadsThePlanWritesAGoalWithdrawsAConsentAndDownloadsTheAccessReport() {
        LocalDate today = families.today();
        String pid = Fixtures.syntheticId(today.minusYears(40));
        UUID familyId = families.registerFamily(new NewFamily(
                "Demo kommune",
                null,
                null,
                List.of(new NewGuardian(pid, "Siri", "Plansen", true, null, null)),
                List.of(new NewChild(
                        Fixtures.syntheticId(today.minusYears(9)),
                        "Jonas",
                        "Plansen",
                        today.minusYears(9),
                        null,
                        null))));
        FamilyDetails family = families.getFamily(familyId);
        asCaseworker(() -> {
            appointments.appointCoordinator(
                    fixtures.aGrantedDecision(family),
                    AppointmentFixtures.draft(
                            staff.findStaffByUsername("koord1").orElseThrow().id()));
            plans.aPlan(family);
        });

        page.navigate("/family-portal");
        PROVIDER.enqueueCallback(callback(pid));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logg inn med ID-porten"))
                .click();
        assertThat(page).hasURL("http://localhost:" + port + "/family-portal/families/" + familyId);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planen (individuell plan)"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Planen til Jonas")))
                .isVisible();
        check("the child's plan");
        page.locator("#text").fill("Jonas vil gå på fotballtrening med klassen.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til målet"))
                .click();
        assertThat(page.locator(".hh-saved")).containsText("Målet er lagt til i planen.");
        assertThat(page.locator("main")).containsText("Jonas vil gå på fotballtrening med klassen.");
        check("the plan with the family's goal");

        page.navigate("/family-portal/families/" + familyId + "/consents");
        check("the family's consents");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trekk tilbake samtykket"))
                .first()
                .click();
        check("withdrawing a consent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trekk tilbake samtykket"))
                .click();
        assertThat(page.locator("dialog[open]")).isVisible();
        // axe reads colours: wait until the dialog's opening transition has finished
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        Browser.assertAccessible(page, "the withdrawal's confirmation dialog");
        page.locator("dialog[open]")
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Bekreft"))
                .click();
        assertThat(page.locator(".hh-saved")).containsText("Samtykket er trukket tilbake.");
        check("the consents after the withdrawal");

        page.navigate("/family-portal/families/" + familyId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hvem har sett opplysningene deres"))
                .click();
        assertThat(page.locator("main")).containsText("Siri Plansen");
        check("who has looked at our data");
        Download report = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Last ned oversikten som PDF"))
                        .click());
        assertTrue(report.suggestedFilename().endsWith(".pdf"), report.suggestedFilename());

        page.navigate("/family-portal/families/" + familyId + "/messages");
        check("messages with the coordinator");
        page.navigate("/family-portal/families/" + familyId + "/complaint");
        check("the decisions one can complain about");
    }

    @Test
    void anUnknownPersonGetsTheRefusalPageInTheirLanguage() {
        page.navigate("/family-portal/login?lang=nn");
        check("the family portal's login page in nynorsk");
        PROVIDER.enqueueCallback(callback(Fixtures.syntheticId(families.today().minusYears(52))));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logg inn med ID-porten"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Du kom ikkje inn")))
                .isVisible();
        assertThat(page.locator("#refusal-reason")).containsText("Vi finn deg ikkje i nokon sak hos oss.");
        check("the refusal page");
    }

    private void check(String what) {
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number clientWidth = (Number) page.evaluate("document.documentElement.clientWidth");
        assertTrue(
                scrollWidth.intValue() <= clientWidth.intValue(),
                what + " is " + scrollWidth + " px wide in " + clientWidth + " px");
        assertTrue(page.title().endsWith(" – Helhet"), what + ": " + page.title());
        Browser.assertAccessible(page, what);
    }

    private static DefaultOAuth2TokenCallback callback(String pid) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("pid", pid);
        claims.put("acr", "idporten-loa-high");
        return new DefaultOAuth2TokenCallback(
                ISSUER, "sub-" + UUID.randomUUID(), "JWT", List.of(CLIENT_ID), claims, 3600);
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
