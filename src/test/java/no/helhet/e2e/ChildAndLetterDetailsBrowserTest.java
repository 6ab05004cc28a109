package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import no.helhet.family.ExpectedKind;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.family.FamilyService;
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
 * Issue 7, items 1, 2 and 11 in the browser, with axe-core on every page: an expected child
 * registered as born (a wrong birth date refused first), a guardian's postal address (a wrong
 * postcode refused first), and the family's written standard for letters.
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

    private void logIn(String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        page.waitForLoadState();
    }
}
