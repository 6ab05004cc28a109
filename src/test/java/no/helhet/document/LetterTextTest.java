package no.helhet.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import no.helhet.assessment.AssessmentContent;
import no.helhet.assessment.AssessmentService;
import no.helhet.assessment.Conclusion;
import no.helhet.assessment.IllnessKind;
import no.helhet.decision.DecisionService;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.family.FamilyService;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 7, items 2 and 11: letters read back from the PDF as a family would read them, in bokmål and
 * in nynorsk: who they go to (only guardians with parental responsibility, with their postal
 * address), the case reference, the date and the signing caseworker, a verdict per condition, one
 * complaint route with the period counted from the day the letter was received, alternatives on a
 * refusal, the right to see the documents, and page numbers.
 */
@IntegrationTest
class LetterTextTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    FamilyService families;

    @Autowired
    AssessmentService assessments;

    @Autowired
    DecisionService decisions;

    @Test
    void aRefusalInBokmalSaysWhoWhatWhyWhatYouCanDoAndByWhen() {
        FamilyDetails family = aFamilyWithTwoGuardians("Brekke", null);
        String text = refusalLetterText(family);

        assertThat(text)
                .contains("Kari Brekke")
                .contains("Storgata 1")
                .contains("0150 Oslo")
                .doesNotContain("Ola Brekke")
                .contains("Vår referanse")
                .contains("Dato")
                .contains("Saksbehandler")
                .contains("Kari Nordmann")
                .contains("Saksbehandler, koordinerende enhet")
                .contains("Dere får ikke barnekoordinator")
                .contains("Vilkår 1: Venter dere barn, eller har dere barn under 18 år?")
                .contains("Svar: Ja. Vilkåret er oppfylt.")
                .contains("Svar: Nei. Vilkåret er ikke oppfylt.")
                .contains("Annen hjelp dere kan få")
                .contains("individuell plan")
                .contains("Pasient- og brukerombudet")
                .contains("Fristen for å klage er 4 uker fra den dagen dere fikk dette brevet.")
                .contains("Send klagen til Koordinerende enhet")
                .contains("Dere trenger ikke sende klagen dit selv.")
                .contains("Dere har rett til å se dokumentene i saken.")
                .containsPattern("Side\\s+1\\s+av\\s+\\d");
        assertThat(text).doesNotContain("Klagefristen er");
    }

    @Test
    void aFamilyThatPrefersNynorskGetsItsLettersInNynorsk() {
        FamilyDetails family = aFamilyWithTwoGuardians("Haugen", "nn");
        String text = refusalLetterText(family);

        assertThat(text)
                .contains("Kari Haugen")
                .doesNotContain("Ola Haugen")
                .contains("De får ikkje barnekoordinator")
                .contains("Vilkår 2: Har barnet ein alvorleg sjukdom, skade eller nedsett funksjonsevne?")
                .contains("Svar: Nei. Vilkåret er ikkje oppfylt.")
                .contains("Anna hjelp de kan få")
                .contains("Fristen for å klage er 4 veker frå den dagen de fekk dette brevet.")
                .contains("De har rett til å sjå dokumenta i saka.")
                .contains("Saksbehandlar")
                .containsPattern("Side\\s+1\\s+av\\s+\\d")
                .doesNotContain("Dere får ikke");
    }

    @Test
    void theConsentFormHasADateLineBySignaturesAndSaysWhereToReturnIt() {
        for (String language : new String[] {"nb", "nn"}) {
            FamilyDetails family = aFamilyWithTwoGuardians("Samtykke" + language, language);
            String text = consentFormText(family);
            if (language.equals("nb")) {
                assertThat(text)
                        .contains("Underskrift: Kari Samtykke" + language)
                        .contains("Dato")
                        .contains("Send det underskrevne skjemaet til Koordinerende enhet");
            } else {
                assertThat(text)
                        .contains("Underskrift: Kari Samtykke" + language)
                        .contains("Slik sender de skjemaet tilbake")
                        .contains("Send det underskrivne skjemaet til Koordinerende enhet");
            }
            assertThat(text).doesNotContain("Ola Samtykke" + language).containsPattern("Side\\s+1\\s+av\\s+\\d");
        }
    }

    private FamilyDetails aFamilyWithTwoGuardians(String name, String language) {
        FamilyDetails family = familyFixtures
                .aFamily()
                .named(name)
                .withGuardianAt("Kari", "Storgata 1", "0150", "Oslo")
                .withGuardianWithoutParentalResponsibility("Ola")
                .withChild("Emma", 9)
                .build();
        if (language != null) {
            families.changeContact(
                    family.id(), family.version(), family.addressMunicipality(), family.phone(), null, language);
        }
        return families.getFamily(family.id());
    }

    private String refusalLetterText(FamilyDetails family) {
        UUID requestId = fixtures.aRequest(family, families.today().minusDays(3));
        UUID assessmentId =
                assessments.startAssessment(requestId, family.children().get(0).id());
        assessments.saveDraft(
                assessmentId,
                assessments.getAssessment(assessmentId).version(),
                new AssessmentContent(
                        Conclusion.MET,
                        "Emma er 9 år.",
                        EnumSet.of(IllnessKind.SOMATIC),
                        Conclusion.NOT_MET,
                        "Astmaen er godt regulert med medisin, og Emma er med på alt i skole og fritid.",
                        true,
                        false,
                        true,
                        false,
                        Conclusion.NOT_MET,
                        "Emma får oppfølging bare fra fastlegen.",
                        List.of(),
                        "Emma vil helst slippe flere møter.",
                        "Samtale",
                        null,
                        "Foreldrene ønsker én kontakt."));
        assertThat(mvc.post()
                        .uri("/assessments/" + assessmentId + "/decisions")
                        .param("confirmed", "true")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("outcome", "REFUSED")
                        .param("childNotHeardReason", "DECLINED")
                        .param("ageReason", "Emma er 9 år.")
                        .param("illnessReason", "Astmaen er godt regulert med medisin.")
                        .param("needReason", "Emma får oppfølging bare fra fastlegen.")
                        .param("summary", "Emma trenger i dag ikke tjenester fra flere steder som må samordnes."))
                .hasStatus(HttpStatus.FOUND);
        UUID letterId = decisions.forRequest(requestId).get(0).letterDocumentId();
        return pdfText(family, letterId);
    }

    private String consentFormText(FamilyDetails family) {
        UUID school = providerNamed("Solbakken skole");
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/consents")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("childId", family.children().get(0).id().toString())
                        .param("givenBy", "GUARDIANS")
                        .param(
                                "guardianIds",
                                family.responsibleGuardians().get(0).id().toString())
                        .param("providerIds", school.toString())
                        .param("information", "SCHOOL")
                        .param("form", "WRITTEN")
                        .param("givenOn", families.today().toString()))
                .hasStatus(HttpStatus.FOUND);
        UUID formId = jdbcLatestDocument(family.id());
        return pdfText(family, formId);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private UUID jdbcLatestDocument(UUID familyId) {
        return jdbc.sql("select id from document where family_id = :f order by created_at desc limit 1")
                .param("f", familyId)
                .query(UUID.class)
                .single();
    }

    @Autowired
    no.helhet.provider.ProviderRegister providers;

    private UUID providerNamed(String name) {
        return providers.allProviders().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private String pdfText(FamilyDetails family, UUID documentId) {
        byte[] pdf = mvc.get()
                .uri("/families/" + family.id() + "/documents/" + documentId)
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfA.validate(pdf).isCompliant()).as("veraPDF PDF/A-2a").isTrue();
        return PdfA.text(pdf).replaceAll("\\s+", " ");
    }
}
