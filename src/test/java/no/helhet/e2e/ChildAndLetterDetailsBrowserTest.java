package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import no.helhet.appointment.AppointmentFixtures;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentService.AppointmentDraft;
import no.helhet.appointment.FamilyWish;
import no.helhet.appointment.WishedPerson;
import no.helhet.family.ExpectedKind;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.family.FamilyService;
import no.helhet.request.RequestService;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import no.helhet.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7, items 1, 2, 6 and 11 in the browser, with axe-core on every page: an expected child
 * registered as born (a wrong birth date refused first), a guardian's postal address (a wrong
 * postcode refused first), the family's written standard for letters, and a coordinator's account
 * created for the wished person who has none (a wrong username refused first).
 */
@BrowserTest
@DemoData
class ChildAndLetterDetailsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    FamilyService families;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppointmentService appointments;

    @Autowired
    RequestService requests;

    @Autowired
    StaffDirectory staff;

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
    void aCaseworkerRegistersABirthAnAddressAndTheLetterLanguage() {
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Fødselsen")
                .expecting(families.today().plusDays(10), ExpectedKind.PREGNANCY)
                .build();
        fixtures.aGrantedDecision(family);
        LocalDate born = families.today().minusDays(1);
        String nationalId = Fixtures.syntheticId(born);

        logIn("ke");
        page.navigate("/families/" + family.id());
        Browser.assertAccessible(page, "a family page with an expected child");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer fødsel"))
                .click();
        Browser.assertAccessible(page, "the birth form");
        page.locator("#nationalId").fill(nationalId);
        page.locator("#givenName").fill("Sunniva");
        page.locator("#birthDate").fill(born.minusDays(5).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer fødselen"))
                .click();
        assertThat(page.locator("#birthDate-error")).isVisible();
        assertThat(page.locator("#givenName")).hasValue("Sunniva");
        Browser.assertAccessible(page, "the birth form with an error");
        page.locator("#birthDate").fill(born.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer fødselen"))
                .click();
        assertThat(page.getByText("Barnet er registrert som født.")).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Sunniva Fødselsen")))
                .isVisible();
        Browser.assertAccessible(page, "the family page after the birth");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Endre adresse").setExact(true))
                .click();
        Browser.assertAccessible(page, "the postal address form");
        page.locator("#streetAddress").fill("Storgata 1");
        page.locator("#postcode").fill("15");
        page.locator("#postPlace").fill("Oslo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.locator("#postcode-error")).isVisible();
        Browser.assertAccessible(page, "the postal address form with an error");
        page.locator("#postcode").fill("0150");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.getByText("Storgata 1, 0150 Oslo")).isVisible();

        page.navigate("/families/" + family.id() + "/contact");
        page.locator("#letterLanguage").selectOption("nn");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
        page.navigate("/families/" + family.id());
        // the letters section starts collapsed: open it as a user would
        page.locator(
                        "details",
                        new Page.LocatorOptions()
                                .setHas(page.locator("a", new Page.LocatorOptions().setHasText("Registrer sending"))))
                .first()
                .locator("summary")
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer sending"))
                .first()
                .click();
        Browser.assertAccessible(page, "the dispatch form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer sendingen"))
                .click();
        assertThat(page.locator("#channel-error")).isVisible();
        Browser.assertAccessible(page, "the dispatch form with an error");
        page.locator("#channel").selectOption("POST");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer sendingen"))
                .click();
        assertThat(page.getByText("Sendingen er registrert.")).isVisible();
        page.navigate("/families/" + family.id() + "/chronology");
        assertThat(page.locator("li:has-text('Barnet er født')").first()).isVisible();
        Browser.assertAccessible(page, "the chronology with a birth");
    }

    @Test
    void aCaseworkerCreatesACoordinatorAccountForTheWishedPerson() {
        FamilyDetails family = fixtures.aFamily("Ønskesen", 9);
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        AppointmentDraft plain = AppointmentFixtures.draft(hanne);
        appointments.appointCoordinator(
                decisionId,
                new AppointmentDraft(
                        hanne,
                        FamilyWish.PERSON,
                        new WishedPerson("Vilde Vennesen", "Kontaktlærer", "Sentrum skole", "vilde@example.no", null),
                        null,
                        plain.childWish(),
                        "Vilde Vennesen har ennå ingen konto.",
                        plain.consent(),
                        plain.delegation(),
                        null));
        UUID requestId = requests.forFamily(family.id()).get(0).id();

        logIn("ke");
        page.navigate("/requests/" + requestId);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Opprett koordinatorkonto for Vilde Vennesen"))
                .click();
        assertThat(page.locator("#fullName")).hasValue("Vilde Vennesen");
        assertThat(page.locator("#username")).hasValue("vilde.vennesen");
        assertThat(page.locator("#email")).hasValue("vilde@example.no");
        Browser.assertAccessible(page, "the wished person's account form");
        page.locator("#username").fill("Vilde V");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opprett kontoen"))
                .click();
        assertThat(page.locator("#username-error")).isVisible();
        assertThat(page.locator("#unitId-error")).isVisible();
        Browser.assertAccessible(page, "the wished person's account form with errors");
        page.locator("#username").fill("vilde.vennesen");
        page.locator("#unitId")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Solbakken skole"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opprett kontoen"))
                .click();
        assertThat(page.getByText("Første passord")).isVisible();
        assertThat(page.locator("#first-password")).hasText(java.util.regex.Pattern.compile("^[A-Za-z2-9]{16}$"));
        Browser.assertAccessible(page, "the created account with its first password");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbake til saken"))
                .click();
        assertThat(page.locator("#appointment-section")).containsText("(Vilde Vennesen)");
    }

    private void logIn(String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        page.waitForLoadState();
    }
}
