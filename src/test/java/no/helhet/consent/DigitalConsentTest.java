package no.helhet.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import no.helhet.consent.ConsentRules.DigitalConsent;
import no.helhet.consent.ConsentRules.NewConsent;
import no.helhet.consent.ConsentRules.Problem;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.family.GuardianSummary;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ServicePicture;
import no.helhet.provider.ServiceStatus;
import no.helhet.shared.NotFoundException;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A consent given digitally (issue 14 item 5, docs/adr/0015): pending until every guardian with
 * parental responsibility has confirmed, active only then, for the providers' very next request
 * through the provider portal; a guardian without parental responsibility cannot confirm; a
 * guardian's withdrawal bites at once.
 */
@IntegrationTest
class DigitalConsentTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    ConsentService consents;

    @Autowired
    ProviderRegister providers;

    @Autowired
    ServicePicture services;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConsentGivenByTwoGuardiansIsActiveOnlyAfterBothHaveConfirmedAndAWithdrawalBitesAtOnce() {
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Digitalsen")
                .withGuardian("Kari")
                .withGuardian("Ola")
                .withGuardianWithoutParentalResponsibility("Per")
                .withChild("Emma", 10)
                .build();
        GuardianSummary kari = guardian(family, "Kari");
        GuardianSummary ola = guardian(family, "Ola");
        GuardianSummary per = guardian(family, "Per");
        UUID child = family.children().get(0).id();
        UUID school = providerNamed("Solbakken skole");
        asCaseworker(() -> services.recordService(
                family.id(),
                new ServicePicture.NewService(
                        child, school, null, ServiceStatus.RECEIVED, "Spesialundervisning", null, null)));

        UUID consentId = consents.giveDigitally(
                family.id(),
                kari.id(),
                new DigitalConsent(child, Set.of(school), EnumSet.of(InformationKind.SCHOOL), null));

        ConsentView given = consents.getConsent(consentId);
        assertThat(given.form()).isEqualTo(ConsentForm.DIGITAL);
        assertThat(given.guardianIds())
                .as("every guardian with parental responsibility must confirm, not the one without")
                .containsExactlyInAnyOrder(kari.id(), ola.id());
        assertThat(given.confirmations()).containsOnlyKeys(kari.id());
        assertThat(given.pending()).isTrue();
        assertThat(given.formDocumentId())
                .as("no paper form for a consent given digitally")
                .isNull();
        assertThat(consents.sharing(child, school, InformationKind.SCHOOL).reasonKey())
                .isEqualTo("consent.sharing.pending");
        assertThat(consents.familiesFor(school)).doesNotContain(family.id());
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .as("pending: the provider sees nothing")
                .hasStatus(HttpStatus.NOT_FOUND);

        assertThatThrownBy(() -> consents.confirm(family.id(), per.id(), consentId))
                .as("a guardian without parental responsibility cannot confirm")
                .isInstanceOf(NotFoundException.class);
        assertThat(consents.getConsent(consentId).pending()).isTrue();

        consents.confirm(family.id(), ola.id(), consentId);
        ConsentView active = consents.getConsent(consentId);
        assertThat(active.pending()).isFalse();
        assertThat(active.confirmations()).containsOnlyKeys(kari.id(), ola.id());
        assertThat(active.confirmedSince()).isPresent();
        assertThat(consents.sharing(child, school, InformationKind.SCHOOL).allowed())
                .isTrue();
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatusOk()
                .bodyText()
                .contains("Spesialundervisning");

        consents.confirm(family.id(), ola.id(), consentId);
        assertThat(consents.getConsent(consentId).version())
                .as("confirming again changes nothing")
                .isEqualTo(active.version());

        consents.withdrawByGuardian(family.id(), ola.id(), consentId, active.version());
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .as("the withdrawal bites on the provider's very next request")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select withdrawn_by, withdrawn_by_guardian_id from consent where id = :id")
                        .param("id", consentId)
                        .query((rs, n) -> rs.getString(1) + "|" + rs.getObject(2, UUID.class))
                        .single())
                .isEqualTo("Ola Digitalsen|" + ola.id());
        assertThatThrownBy(() -> consents.confirm(family.id(), ola.id(), consentId))
                .isInstanceOf(ConsentRefusedException.class);
    }

    @Test
    void withOneGuardianWithParentalResponsibilityTheConsentIsActiveAtOnce() {
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Alenesen")
                .withGuardian("Kari")
                .withGuardianWithoutParentalResponsibility("Per")
                .withChild("Emma", 9)
                .build();
        UUID child = family.children().get(0).id();
        UUID school = providerNamed("Solbakken skole");
        UUID consentId = consents.giveDigitally(
                family.id(),
                guardian(family, "Kari").id(),
                new DigitalConsent(child, Set.of(school), EnumSet.of(InformationKind.SCHOOL), null));
        assertThat(consents.getConsent(consentId).pending()).isFalse();
        assertThat(consents.familiesFor(school)).contains(family.id());
        assertThat(mvc.get().uri("/provider-portal/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatusOk();
    }

    @Test
    void onlyTheFamilysGuardiansWithParentalResponsibilityGiveConfirmAndWithdraw() {
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Grensesen")
                .withGuardian("Kari")
                .withGuardian("Ola")
                .withGuardianWithoutParentalResponsibility("Per")
                .withChild("Emma", 11)
                .build();
        FamilyDetails other = fixtures.aFamily("Naboen", 8);
        UUID child = family.children().get(0).id();
        UUID school = providerNamed("Solbakken skole");
        DigitalConsent consent = new DigitalConsent(child, Set.of(school), EnumSet.of(InformationKind.SCHOOL), null);

        assertThatThrownBy(() -> consents.giveDigitally(
                        family.id(), guardian(family, "Per").id(), consent))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consents.giveDigitally(
                        family.id(), other.guardians().get(0).id(), consent))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consents.giveDigitally(
                        other.id(),
                        other.guardians().get(0).id(),
                        new DigitalConsent(child, Set.of(school), EnumSet.of(InformationKind.SCHOOL), null)))
                .as("another family's child")
                .isInstanceOf(NotFoundException.class);
        assertThat(consents.digitalProblems(
                        family.id(),
                        guardian(family, "Kari").id(),
                        new DigitalConsent(child, Set.of(), EnumSet.noneOf(InformationKind.class), null)))
                .extracting(Problem::messageKey)
                .containsExactlyInAnyOrder("consent.providers.required", "consent.information.required");

        UUID consentId =
                consents.giveDigitally(family.id(), guardian(family, "Kari").id(), consent);
        int version = consents.getConsent(consentId).version();
        assertThatThrownBy(() ->
                        consents.confirm(other.id(), other.guardians().get(0).id(), consentId))
                .as("another family's guardian, through their own family")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consents.withdrawByGuardian(
                        family.id(), guardian(family, "Per").id(), consentId, version))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consents.withdrawByGuardian(
                        other.id(), other.guardians().get(0).id(), consentId, version))
                .isInstanceOf(NotFoundException.class);
        assertThat(consents.getConsent(consentId).withdrawnAt()).isNull();

        asCaseworker(() -> assertThat(consents.problems(
                        family.id(),
                        new NewConsent(
                                child,
                                ConsentGiver.GUARDIANS,
                                Set.of(
                                        guardian(family, "Kari").id(),
                                        guardian(family, "Ola").id()),
                                Set.of(school),
                                EnumSet.of(InformationKind.SCHOOL),
                                ConsentForm.DIGITAL,
                                consents.today(),
                                null)))
                .as("staff cannot record a consent as given digitally")
                .extracting(Problem::messageKey)
                .containsExactly("consent.form.digitalInPortal"));
    }

    @Test
    void theFamilyPageShowsAPendingConsentAsWaitingForConfirmation() {
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Ventesen")
                .withGuardian("Kari")
                .withGuardian("Ola")
                .withChild("Emma", 10)
                .build();
        UUID child = family.children().get(0).id();
        consents.giveDigitally(
                family.id(),
                guardian(family, "Kari").id(),
                new DigitalConsent(
                        child, Set.of(providerNamed("Solbakken skole")), EnumSet.of(InformationKind.SCHOOL), null));
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Digitalt i familieportalen")
                .contains("Venter på bekreftelse (1 av 2)")
                .contains("venter på at alle foresatte med foreldreansvar bekrefter");
    }

    private static GuardianSummary guardian(FamilyDetails family, String givenName) {
        return family.guardians().stream()
                .filter(g -> g.givenName().equals(givenName))
                .findFirst()
                .orElseThrow();
    }

    private UUID providerNamed(String name) {
        return providers.allProviders().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void asCaseworker(Runnable work) {
        var ke = users.loadUserByUsername("ke");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(ke, null, ke.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
