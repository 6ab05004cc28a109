package no.helhet.familyportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.helhet.consent.ConsentService;
import no.helhet.consent.ConsentView;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.family.GuardianSummary;
import no.helhet.provider.ProviderRegister;
import no.helhet.support.FamilyPortalLogins;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The family's consents in the family portal (issue 14 item 5): a guardian gives a consent, it waits
 * for the other guardian with parental responsibility, who confirms it in the portal; the provider
 * sees the child only then; a withdrawal, confirmed in a dialog, bites on the provider's next
 * request; bad input is answered next to the field; another family's ids are "not found".
 */
@IntegrationTest
class FamilyPortalConsentTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    FamilyPortalLogins logins;

    @Autowired
    ConsentService consents;

    @Autowired
    ProviderRegister providers;

    @Test
    void twoGuardiansGiveAndConfirmAConsentAndOneWithdrawsItWithImmediateEffect() {
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Samtykkesen")
                .withGuardian("Kari")
                .withGuardian("Ola")
                .withChild("Emma", 10)
                .build();
        UUID kari = guardian(family, "Kari");
        UUID ola = guardian(family, "Ola");
        UUID child = family.children().get(0).id();
        UUID school = providerNamed("Solbakken skole");
        String consentsPage = "/family-portal/families/" + family.id() + "/consents";

        assertThat(mvc.get().uri("/family-portal/consents").with(logins.asGuardian(kari)))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo(consentsPage);
        assertThat(mvc.get().uri(consentsPage).with(logins.asGuardian(kari)))
                .hasStatusOk()
                .bodyText()
                .contains("Samtykker – Helhet")
                .contains("Dere har ingen samtykker ennå.");
        assertThat(mvc.get().uri(consentsPage + "/new").with(logins.asGuardian(kari)))
                .hasStatusOk()
                .bodyText()
                .contains("Gi et nytt samtykke")
                .contains("Samtykket gjelder først når også Ola Samtykkesen har logget inn og bekreftet det.");

        assertThat(mvc.post()
                        .uri(consentsPage)
                        .with(logins.asGuardian(kari))
                        .with(csrf())
                        .param("childId", child.toString())
                        .param("expiresOn", "2020-01-01"))
                .as("bad input: messages next to the fields, the input kept")
                .hasStatusOk()
                .bodyText()
                .contains("Velg minst én tjenesteyter")
                .contains("value=\"2020-01-01\"");

        assertThat(mvc.post()
                        .uri(consentsPage)
                        .with(logins.asGuardian(kari))
                        .with(csrf())
                        .param("childId", child.toString())
                        .param("providerIds", school.toString())
                        .param("information", "SCHOOL"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo(consentsPage);
        ConsentView given = consents.forFamily(family.id()).get(0);
        assertThat(given.pending()).isTrue();
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(consentsPage).with(logins.asGuardian(ola)))
                .hasStatusOk()
                .bodyText()
                .contains("Venter på bekreftelse")
                .contains("Venter på at Ola Samtykkesen bekrefter.")
                .contains("Bekreft samtykket");

        assertThat(mvc.post()
                        .uri("/family-portal/consents/" + given.id() + "/confirmation")
                        .with(logins.asGuardian(ola))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(consents.getConsent(given.id()).pending()).isFalse();
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .as("active once both have confirmed")
                .hasStatusOk();
        assertThat(mvc.get().uri(consentsPage).with(logins.asGuardian(kari)))
                .bodyText()
                .contains("Gjelder nå")
                .doesNotContain("Bekreft samtykket");

        String withdrawal = "/family-portal/consents/" + given.id() + "/withdrawal";
        int version = consents.getConsent(given.id()).version();
        assertThat(mvc.get().uri(withdrawal).with(logins.asGuardian(kari)))
                .hasStatusOk()
                .bodyText()
                .contains("Jeg vil trekke tilbake samtykket.");
        assertThat(mvc.post()
                        .uri(withdrawal)
                        .with(logins.asGuardian(kari))
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .as("not withdrawn without the confirmation")
                .hasStatusOk()
                .bodyText()
                .contains("Kryss av for at du vil trekke tilbake samtykket.");
        assertThat(consents.getConsent(given.id()).withdrawnAt()).isNull();
        assertThat(mvc.post()
                        .uri(withdrawal)
                        .with(logins.asGuardian(kari))
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("confirmed", "true"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .as("the withdrawal bites on the provider's next request")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(consentsPage).with(logins.asGuardian(ola)))
                .bodyText()
                .contains("Trukket tilbake");
    }

    @Test
    void anotherFamilysIdsAreNotFound() {
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Egen")
                .withGuardian("Kari")
                .withChild("Emma", 10)
                .build();
        FamilyDetails other = familyFixtures
                .aFamily()
                .named("Fremmed")
                .withGuardian("Kari")
                .withGuardian("Ola")
                .withChild("Emma", 10)
                .build();
        UUID otherConsent = consents.giveDigitally(
                other.id(),
                guardian(other, "Kari"),
                new no.helhet.consent.ConsentRules.DigitalConsent(
                        other.children().get(0).id(),
                        java.util.Set.of(providerNamed("Solbakken skole")),
                        java.util.EnumSet.of(no.helhet.consent.InformationKind.SCHOOL),
                        null));
        var kari = logins.asGuardian(guardian(family, "Kari"));
        assertThat(mvc.get()
                        .uri("/family-portal/families/" + other.id() + "/consents")
                        .with(kari))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/family-portal/families/" + other.id() + "/consents/new")
                        .with(kari))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/family-portal/families/" + other.id() + "/consents")
                        .with(kari)
                        .with(csrf())
                        .param("childId", other.children().get(0).id().toString()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/family-portal/consents/" + otherConsent + "/confirmation")
                        .with(kari)
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/family-portal/consents/" + otherConsent + "/withdrawal")
                        .with(kari))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/family-portal/consents/" + otherConsent + "/withdrawal")
                        .with(kari)
                        .with(csrf())
                        .param("version", "0")
                        .param("confirmed", "true"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(consents.getConsent(otherConsent).withdrawnAt()).isNull();
        assertThat(consents.getConsent(otherConsent).confirmations()).hasSize(1);
    }

    private UUID providerNamed(String name) {
        return providers.allProviders().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static UUID guardian(FamilyDetails family, String givenName) {
        return family.guardians().stream()
                .filter(g -> g.givenName().equals(givenName))
                .map(GuardianSummary::id)
                .findFirst()
                .orElseThrow();
    }
}
