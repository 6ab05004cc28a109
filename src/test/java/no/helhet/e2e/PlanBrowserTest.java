package no.helhet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.util.UUID;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.plan.PlanService;
import no.helhet.support.Browser;
import no.helhet.support.BrowserTest;
import no.helhet.support.DemoData;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The individual plan through the real UI in Chromium: writes a section (saved when the field is
 * left), reloads and finds it, evaluates a goal, approves, changes the plan and downloads the
 * amendment notice — with axe-core on every page.
 */
@BrowserTest
@DemoData
class PlanBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AppointmentService appointments;

    @Autowired
    PlanService plans;

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
    void aCaseworkerWritesEvaluatesApprovesAndChangesAPlan() throws Exception {
        UUID planId = draftPlan();
        page.navigate("/login");
        page.locator("#username").fill("ke");
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();

        page.navigate("/plans/" + planId);
        axe("the plan page");
        page.locator("#text-OWN_GOALS").fill("Vi ønsker at hun kan gå på skolen hver dag.");
        page.locator("#text-OWN_GOALS").press("Tab");
        assertThat(page.locator("#section-OWN_GOALS [data-saved]")).isVisible();
        axe("the plan page with a saved section");

        page.reload();
        assertThat(page.locator("#text-OWN_GOALS")).hasValue("Vi ønsker at hun kan gå på skolen hver dag.");

        page.locator("#evaluatedGoalId").selectOption(new SelectOption().setIndex(1));
        page.locator("#outcome").selectOption("IN_PROGRESS");
        page.locator("#comment").fill("Hun er med i friminuttene tre dager i uken.");
        page.locator("#takingPart").fill("Mor, kontaktlærer, koordinator");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer evaluering"))
                .click();
        assertThat(page.getByText(
                                "Hun er med i friminuttene tre dager i uken.",
                                new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        axe("the plan page with an evaluation");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkjenn planen"))
                .click();
        assertThat(page.getByText("Godkjent versjon 1").first()).isVisible();
        axe("the approved plan");

        page.locator("#text-NEEDS").fill("Tilrettelegging i skolen og avlastning hver tredje helg.");
        page.locator("#text-NEEDS").press("Tab");
        assertThat(page.locator("#section-NEEDS [data-saved]")).isVisible();
        page.reload();
        assertThat(page.getByText("Utkast til endring av versjon 1").first()).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endringer siden versjon 1"))
                .click();
        assertThat(page.getByText("avlastning hver tredje helg").first()).isVisible();
        axe("the changes since version 1");

        page.goBack();
        page.locator("#doc-kind-AMENDMENT").check();
        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag PDF"))
                        .click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(PdfA.validate(pdf).isCompliant()).isTrue();
        assertThat(PdfA.text(pdf)).contains("Endringer i den individuelle planen", "hver tredje helg");
    }

    private UUID draftPlan() {
        return appointments.activeOn(plans.today()).stream()
                .map(AppointmentView::familyId)
                .distinct()
                .flatMap(f -> plans.forFamily(f).stream())
                .filter(p -> p.approvedVersion() == 0)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void axe(String what) {
        Browser.assertAccessible(page, what);
    }
}
