package no.helhet.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.provider.ProviderRegister;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class ConsentControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsentService consents;

    @Autowired
    ProviderRegister providers;

    @Test
    void aConsentIsRecordedWithASignableFormAndWithdrawalBitesOnTheNextRequest() {
        FamilyDetails family = fixtures.aFamily("Samtykkesen", 8);
        UUID child = family.children().get(0).id();
        UUID school = providerNamed("Solbakken skole");
        UUID bup = providerNamed("BUP Demo");

        MvcTestResult result = mvc.post()
                .uri("/families/" + family.id() + "/consents")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("childId", child.toString())
                .param("givenBy", "GUARDIANS")
                .param("guardianIds", family.guardians().get(0).id().toString())
                .param("providerIds", school.toString())
                .param("information", "SCHOOL", "MEETING_MINUTES")
                .param("form", "WRITTEN")
                .param("givenOn", consents.today().toString())
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        ConsentView consent = consents.forFamily(family.id()).get(0);

        assertThat(consents.sharing(child, school, InformationKind.SCHOOL).allowed())
                .isTrue();
        assertThat(consents.sharing(child, school, InformationKind.HEALTH).allowed())
                .isFalse();
        assertThat(consents.sharing(child, bup, InformationKind.HEALTH).allowed())
                .isFalse();

        MvcTestResult page = mvc.get()
                .uri("/families/" + family.id())
                .with(fixtures.as("ke"))
                .exchange();
        assertThat(page).bodyText().contains("Solbakken skole").contains("Samtykke gitt");

        byte[] form = mvc.get()
                .uri("/families/" + family.id() + "/documents/" + consent.formDocumentId())
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfA.validate(form).isCompliant()).isTrue();
        assertThat(PdfA.text(form))
                .contains("Solbakken skole")
                .contains("Skole og PPT")
                .contains("Kari Samtykkesen");

        assertThat(mvc.post()
                        .uri("/consents/" + consent.id() + "/withdrawal")
                        .param("confirmed", "true")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("version", String.valueOf(consent.version())))
                .hasStatus(HttpStatus.FOUND);
        assertThat(consents.sharing(child, school, InformationKind.SCHOOL).allowed())
                .isFalse();
        assertThat(consents.sharing(child, school, InformationKind.SCHOOL).reasonKey())
                .isEqualTo("consent.sharing.withdrawn");
    }

    @Test
    void aYoungChildCannotConsentAndTheInputIsKept() {
        FamilyDetails family = fixtures.aFamily("Ungsen", 12);
        MvcTestResult result = mvc.post()
                .uri("/families/" + family.id() + "/consents")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("childId", family.children().get(0).id().toString())
                .param("givenBy", "YOUTH")
                .param("providerIds", providerNamed("BUP Demo").toString())
                .param("information", "HEALTH")
                .param("form", "ORAL")
                .param("givenOn", consents.today().toString())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Ungdommen kan samtykke selv først fra fylte 16 år")
                .containsPattern("value=\"HEALTH\"[^>]*checked");
        assertThat(consents.forFamily(family.id())).isEmpty();
    }

    @Test
    void aCoordinatorWhoIsNotAppointedCannotRecordConsent() {
        FamilyDetails family = fixtures.aFamily("Uvedkommendesen", 8);
        assertThat(mvc.get().uri("/families/" + family.id() + "/consents/new").with(fixtures.as("koord2")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private UUID providerNamed(String name) {
        return providers.allProviders().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
