package no.helhet.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import no.helhet.consent.ConsentForm;
import no.helhet.consent.ConsentGiver;
import no.helhet.consent.ConsentRules.NewConsent;
import no.helhet.consent.ConsentService;
import no.helhet.consent.InformationKind;
import no.helhet.family.FamilyDetails;
import no.helhet.provider.ProviderRegister;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class CollaborationControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CollaborationService collaborations;

    @Autowired
    ConsentService consents;

    @Autowired
    ProviderRegister providers;

    @Autowired
    StaffDirectory staff;

    @Test
    void contactIsRefusedWithoutAConsentThatCoversTheProvider() {
        FamilyDetails family = fixtures.aFamily("Kontaktsen", 9);
        UUID child = family.children().get(0).id();
        UUID school = providerNamed("Solbakken skole");

        MvcTestResult refused = record(family, child, school, consents.today().toString(), null);
        assertThat(refused).hasStatusOk();
        assertThat(refused).bodyText().contains("Kontakt kan bare registreres når et gyldig samtykke dekker");
        assertThat(collaborations.forFamily(family.id())).isEmpty();

        assertThat(record(family, child, school, "", null)).hasStatus(HttpStatus.FOUND);
        consents.recordConsent(
                family.id(),
                new NewConsent(
                        child,
                        ConsentGiver.GUARDIANS,
                        Set.of(family.guardians().get(0).id()),
                        Set.of(school),
                        EnumSet.of(InformationKind.SCHOOL),
                        ConsentForm.WRITTEN,
                        consents.today(),
                        null));
        int version =
                collaborations.findCollaboration(child, school).orElseThrow().version();
        assertThat(record(family, child, school, consents.today().toString(), version))
                .hasStatus(HttpStatus.FOUND);
        assertThat(collaborations.findCollaboration(child, school).orElseThrow().contactedOn())
                .isEqualTo(consents.today());

        MvcTestResult stale = record(family, child, school, consents.today().toString(), version);
        assertThat(stale).hasStatusOk().bodyText().contains("Noen andre har endret dette");
    }

    @Test
    void theCoordinatingUnitNamesWhoCoordinatesAndRecordsTheDispute() {
        FamilyDetails family = fixtures.aFamily("Samordningsen", 9);
        UUID child = family.children().get(0).id();
        UUID school = staff.units().stream()
                .filter(u -> u.name().equals("Solbakken skole"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/coordination-responsibility")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("childId", child.toString())
                        .param("unitId", school.toString())
                        .param("disagreement", "Skolen og helsestasjonen mener begge at den andre bør samordne.")
                        .param("keDecision", "Skolen samordner fordi den ser barnet daglig."))
                .hasStatus(HttpStatus.FOUND);
        assertThat(collaborations.responsibilities(family.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.keDecision()).startsWith("Skolen samordner"));
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("Skolen samordner fordi den ser barnet daglig.");
        assertThat(mvc.get()
                        .uri("/families/" + family.id() + "/coordination-responsibility")
                        .with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult record(FamilyDetails family, UUID child, UUID provider, String contactedOn, Integer version) {
        var request = mvc.post()
                .uri("/families/" + family.id() + "/collaborations")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("childId", child.toString())
                .param("providerId", provider.toString())
                .param("givesServices", "true")
                .param("cooperationNeeded", "true")
                .param("needReason", "Barnet trenger tilrettelegging")
                .param("contactedOn", contactedOn)
                .param("agreementAbout", "Tilrettelegging i skolen");
        if (version != null) {
            request = request.param("version", String.valueOf(version));
        }
        return request.exchange();
    }

    private UUID providerNamed(String name) {
        return providers.allProviders().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
