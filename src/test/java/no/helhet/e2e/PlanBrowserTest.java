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
        page.onDialog(dialog -> dialog.accept());
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

        page.locator("#text").fill("Hun vil sykle til skolen");
        page.reload();
        assertThat(page.locator("#text")).hasValue("Hun vil sykle til skolen");
        assertThat(page.locator("[data-draft-restored]").first()).isVisible();
        axe("the plan page with a restored draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til mål"))
                .click();
        assertThat(page.getByText("Hun vil sykle til skolen").first()).isVisible();

        page.locator("select[id^=measure-status-]").first().selectOption("ONGOING");
        assertThat(page.locator("form.hh-measure-status [data-saved]").first()).isVisible();
        page.reload();
        assertThat(page.locator("select[id^=measure-status-]").first()).hasValue("ONGOING");

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

    @Test
    void theSchoolChangesItsMeasureAndWritesAnEvaluationNoteInTheProviderPortal() {
        UUID planId = appointments.activeOn(plans.today()).stream()
                .map(AppointmentView::familyId)
                .distinct()
                .flatMap(f -> plans.forFamily(f).stream())
                .findFirst()
                .orElseThrow()
                .id();
        UUID familyId = plans.getPlan(planId).familyId();
        page.navigate("/login");
        page.locator("#username").fill("skole");
        page.locator("#password").fill("helhet-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();

        page.navigate("/provider-portal/families/" + familyId);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Individuell plan: mål og tiltak dere har ansvar for"))
                .click();
        assertThat(page.getByText("Assistent i friminuttene").first()).isVisible();
        assertThat(page.getByText("Fysioterapi på skolen")).hasCount(0);
        axe("the provider's part of the plan");

        page.locator("select[id^=status-]").first().selectOption("ONGOING");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre status"))
                .first()
                .click();
        assertThat(page.getByText("Lagret.").first()).isVisible();
        assertThat(page.locator("select[id^=status-]").first()).hasValue("ONGOING");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Skriv evalueringsnotat for «Assistent i friminuttene»"))
                .click();
        axe("the provider's evaluation note");
        page.locator("#outcome").selectOption("IN_PROGRESS");
        page.locator("#comment").fill("Leker med flere i friminuttene nå.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre notatet"))
                .click();
        assertThat(page.getByText("Evalueringsnotatet er lagret.")).isVisible();
        assertThat(page.getByText("Leker med flere i friminuttene nå.", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        axe("the provider's part of the plan with a note");

        page.navigate("/plans/" + planId);
        assertThat(page.getByText("Leker med flere i friminuttene nå.")).hasCount(0);
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
