package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import no.helhet.appointment.AppointmentFixtures;
import no.helhet.appointment.AppointmentService;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
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
 * Issue 10, items 4 and 5 in Chromium, with axe-core on every page: KE changes the coordinator (a
 * missing reason refused first, the input kept), the family page shows the history, then KE ends the
 * right and the history shows why.
 */
@BrowserTest
@DemoData
class CoordinatorChangeBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyService families;

    @Autowired
    StaffDirectory staff;

    @Autowired
    AppointmentService appointments;

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
    void aCaseworkerChangesTheCoordinatorThenEndsTheRight() {
        try {
            changeThenEnd();
        } catch (AssertionError | RuntimeException e) {
            Browser.saveEvidence(page, getClass().getSimpleName() + "-failure");
            throw e;
        }
    }

    private void changeThenEnd() {
        FamilyDetails family = fixtures.aFamily("Byttevik", 10);
        UUID hanne = staff.findStaffByUsername("koord1").orElseThrow().id();
        UUID next = staff.findStaffByUsername("koord2").orElseThrow().id();
        appointments.appointCoordinator(fixtures.aGrantedDecision(family), AppointmentFixtures.draft(hanne));
        LocalDate today = families.today();

        logIn("ke");
        page.navigate("/families/" + family.id());
        Browser.assertAccessible(page, "the family page with a coordinator");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bytt koordinator"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("bytt koordinator");
        Browser.assertAccessible(page, "the change form");

        page.locator("#coordinator-" + next).check();
        page.locator("#childWish").fill("Vil ha læreren sin");
        page.locator("#childWishHow").fill("Samtale med barnet");
        page.locator("#consentGivenBy-GUARDIANS").check();
        page.locator("#consentGivenOn").fill(today.toString());
        page.locator("#delegationDecidedBy").fill("Kommunalsjef Oppvekst");
        page.locator("#delegationDecidedOn").fill(today.toString());
        page.locator("#delegationUnitLeader").fill("Rektor Per Hansen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bytt koordinator"))
                .click();
        page.locator("dialog.ds-dialog[open]")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekreft"))
                .click();
        assertThat(page.locator("#changeReason-error")).hasText("Skriv hvorfor koordinatoren byttes.");
        assertThat(page.locator("#childWish")).hasValue("Vil ha læreren sin");
        Browser.assertAccessible(page, "the change form with an error");

        page.locator("#changeReason").fill("Familien ønsker en koordinator fra skolen.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bytt koordinator"))
                .click();
        page.locator("dialog.ds-dialog[open]")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekreft"))
                .click();
        assertThat(page.getByText("Koordinatoren er byttet, og brevet til familien er laget."))
                .isVisible();
        assertThat(page.locator("#coordinator-history")).containsText("Byttet koordinator");
        assertThat(page.locator("#coordinator-history"))
                .containsText("Grunn til byttet: Familien ønsker en koordinator fra skolen.");
        Browser.assertAccessible(page, "the family page after the change");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Avslutt").setExact(true))
                .click();
        Browser.assertAccessible(page, "the end form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avslutt retten til koordinator"))
                .click();
        assertThat(page.locator("#reason")).containsText("Velg hvorfor retten opphører.");
        Browser.assertAccessible(page, "the end form with an error");
        page.locator("#reason-NEED_ENDED").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avslutt retten til koordinator"))
                .click();
        assertThat(page.getByText("Retten er avsluttet.")).isVisible();
        assertThat(page.locator("#coordinator-history")).containsText("Behovet er ikke lenger til stede");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Brev om avslutningen")))
                .isVisible();
        Browser.assertAccessible(page, "the family page after the end");
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
