package no.helhet.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Issue 7, item 2: each guardian's postal address; the family's written standard for letters. */
@IntegrationTest
class GuardianControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyService families;

    @Test
    void aPostalAddressIsSavedAndShownOnTheFamilyPage() {
        FamilyDetails family = fixtures.aFamily("Adressen", 7);
        GuardianSummary guardian = family.guardians().get(0);
        assertThat(mvc.get().uri("/guardians/{id}/address", guardian.id()).with(fixtures.as("ke")))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/guardians/{id}/address", guardian.id())
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("version", String.valueOf(guardian.version()))
                        .param("streetAddress", "Storgata 1")
                        .param("postcode", "0150")
                        .param("postPlace", "Oslo"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/families/{id}", family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("Storgata 1, 0150 Oslo");
    }

    @Test
    void aWrongPostcodeOrAHalfAddressIsRefusedNextToTheFieldAndTheInputKept() {
        FamilyDetails family = fixtures.aFamily("Feiladresse", 7);
        GuardianSummary guardian = family.guardians().get(0);
        MvcTestResult result = mvc.post()
                .uri("/guardians/{id}/address", guardian.id())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", String.valueOf(guardian.version()))
                .param("streetAddress", "Lillegata 9")
                .param("postcode", "15a")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Postnummeret må være fire sifre")
                .contains("Fyll ut gateadresse, postnummer og poststed")
                .contains("Lillegata 9");
        assertThat(families.getFamily(family.id()).guardians().get(0).address().complete())
                .isFalse();
    }

    @Test
    void theLetterLanguageIsBokmalOrNynorskAndNothingElse() {
        FamilyDetails family = fixtures.aFamily("Maalform", 7);
        MvcTestResult nonsense = mvc.post()
                .uri("/families/{id}/contact", family.id())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", String.valueOf(family.version()))
                .param("addressMunicipality", "Demo kommune")
                .param("letterLanguage", "sv")
                .exchange();
        assertThat(nonsense).hasStatusOk();
        assertThat(nonsense).bodyText().contains("Velg bokmål eller nynorsk.");
        assertThat(mvc.post()
                        .uri("/families/{id}/contact", family.id())
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("version", String.valueOf(family.version()))
                        .param("addressMunicipality", "Demo kommune")
                        .param("letterLanguage", "nn"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(families.getFamily(family.id()).letterLanguage()).isEqualTo("nn");
    }
}
