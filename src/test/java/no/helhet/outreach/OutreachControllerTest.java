package no.helhet.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ServicePicture;
import no.helhet.provider.ServicePicture.NewService;
import no.helhet.provider.ServiceStatus;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The outreach rule, KE marking a family informed, and the figures of who then asked. */
@IntegrationTest
class OutreachControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ServicePicture services;

    @Autowired
    Outreach outreach;

    @Autowired
    ProviderRegister providers;

    @Test
    void theRuleListsHealthAndAnotherSectorOrAFlagAndNeverAFamilyThatAsked() {
        FamilyDetails across = withServices(fixtures.aFamily("Tverrsektorsen", 7), "HEALTH_CARE", "SCHOOL");
        FamilyDetails healthOnly = withServices(fixtures.aFamily("Helsesen", 7), "HEALTH_CARE", "SPECIALIST_HEALTH");
        FamilyDetails asked = withServices(fixtures.aFamily("Spurtesen", 7), "HEALTH_CARE", "KINDERGARTEN");
        fixtures.aRequest(asked, outreach.today());
        FamilyDetails flagged = fixtures.aFamily("Meldesen", 4);
        UUID provider = providers.allProviders().get(0).id();
        outreach.flagFamily(flagged.id(), provider);

        assertThat(outreach.list())
                .extracting(Outreach.Row::familyId)
                .contains(across.id(), flagged.id())
                .doesNotContain(healthOnly.id(), asked.id());
        assertThat(mvc.get().uri("/outreach").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Tverrsektorsen")
                .contains("Skole")
                .contains("Meldt av " + providers.getProvider(provider).name())
                .doesNotContain("Helsesen")
                .doesNotContain("Spurtesen");
    }

    @Test
    void keMarksAFamilyInformedAndTheFiguresCountWhoThenAsked() {
        FamilyDetails family = withServices(fixtures.aFamily("Informertsen", 9), "MENTAL_HEALTH", "CHILD_WELFARE");
        Outreach.Figures before = outreach.figures();

        assertThat(mvc.post()
                        .uri("/outreach/families/" + family.id() + "/informed")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("informedOn", outreach.today().minusDays(2).toString()))
                .hasStatusOk()
                .bodyText()
                .contains("Fyll ut feltet.");

        assertThat(mvc.post()
                        .uri("/outreach/families/" + family.id() + "/informed")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("informedOn", outreach.today().minusDays(2).toString())
                        .param("channel", "PHONE"))
                .hasStatus(HttpStatus.FOUND);
        Outreach.Row row = outreach.list().stream()
                .filter(r -> r.familyId().equals(family.id()))
                .findFirst()
                .orElseThrow();
        assertThat(row.informed().channel()).isEqualTo(InformationChannel.PHONE);
        assertThat(outreach.figures().familiesInformed()).isEqualTo(before.familiesInformed() + 1);
        assertThat(outreach.figures().askedAfterwards()).isEqualTo(before.askedAfterwards());

        fixtures.aRequest(family, outreach.today());
        assertThat(outreach.figures().askedAfterwards()).isEqualTo(before.askedAfterwards() + 1);
        assertThat(outreach.list()).extracting(Outreach.Row::familyId).doesNotContain(family.id());
    }

    @Test
    void onlyTheCoordinatingUnitSeesTheList() {
        assertThat(mvc.get().uri("/outreach").with(fixtures.as("leder"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/outreach").with(fixtures.as("koord1"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    private FamilyDetails withServices(FamilyDetails family, String... sectors) {
        UUID child = family.children().get(0).id();
        for (String sector : sectors) {
            services.recordService(
                    family.id(),
                    new NewService(child, null, sector, ServiceStatus.UNMET_NEED, "Behov i " + sector, null, null));
        }
        return family;
    }
}
