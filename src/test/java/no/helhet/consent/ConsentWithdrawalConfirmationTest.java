package no.helhet.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.provider.ProviderRegister;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 8 item 3: withdrawing a consent names the providers that lose access at once and asks to
 * confirm; without the confirmation (the plain-HTML way) the server asks on its own page and nothing
 * is withdrawn.
 */
@IntegrationTest
class ConsentWithdrawalConfirmationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsentService consents;

    @Autowired
    ProviderRegister providers;

    @Test
    void theWithdrawalNamesWhoLosesAccessAndNeedsConfirmation() {
        FamilyDetails family = fixtures.aFamily("Tilbakesen", 8);
        UUID child = family.children().get(0).id();
        UUID school = providerNamed("Solbakken skole");
        UUID bup = providerNamed("BUP Demo");
        UUID both = record(family, Set.of(school, bup), EnumSet.of(InformationKind.SCHOOL, InformationKind.HEALTH));
        record(family, Set.of(bup), EnumSet.of(InformationKind.HEALTH));
        ConsentView consent = consents.getConsent(both);

        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"withdraw-" + both + "-dialog\"")
                .contains("Disse tjenesteyterne mister tilgangen med en gang:")
                .contains("<li>BUP Demo: Skole og PPT</li>")
                .contains("<li>Solbakken skole: Helseopplysninger, Skole og PPT</li>");

        MvcTestResult unconfirmed = withdraw(consent, false);
        assertThat(unconfirmed).hasStatusOk();
        assertThat(unconfirmed)
                .bodyText()
                .contains("id=\"confirmed-error\"")
                .contains("Kryss av for at du har kontrollert hvem som mister tilgang før samtykket trekkes tilbake.")
                .contains("<li>Solbakken skole: Helseopplysninger, Skole og PPT</li>");
        assertThat(consents.sharing(child, school, InformationKind.SCHOOL).allowed())
                .as("nothing withdrawn without confirmation")
                .isTrue();

        assertThat(withdraw(consent, true)).hasStatus(HttpStatus.FOUND);
        assertThat(consents.sharing(child, school, InformationKind.SCHOOL).allowed())
                .isFalse();
        assertThat(consents.sharing(child, bup, InformationKind.HEALTH).allowed())
                .as("kept by the other consent")
                .isTrue();
    }

    @Test
    void aConsentThatDoesNotHoldNowTakesNothingAway() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        UUID child = UUID.randomUUID();
        UUID school = UUID.randomUUID();
        ConsentView expired = consent(child, school, today.minusYears(1), today.minusDays(1));
        ConsentView active = consent(child, school, today.minusDays(3), null);
        assertThat(ConsentRules.withdrawalLosses(expired, List.of(expired), now, today))
                .isEmpty();
        assertThat(ConsentRules.withdrawalLosses(active, List.of(active, expired), now, today))
                .containsExactly(new ConsentRules.Loss(school, Set.of(InformationKind.SCHOOL)));
    }

    private static ConsentView consent(UUID child, UUID provider, LocalDate givenOn, LocalDate expiresOn) {
        return new ConsentView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                child,
                ConsentGiver.GUARDIANS,
                ConsentForm.WRITTEN,
                givenOn,
                expiresOn,
                null,
                Set.of(),
                Set.of(provider),
                Set.of(InformationKind.SCHOOL),
                "ke",
                null,
                0);
    }

    private MvcTestResult withdraw(ConsentView consent, boolean confirmed) {
        var request = mvc.post()
                .uri("/consents/" + consent.id() + "/withdrawal")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", String.valueOf(consent.version()));
        return (confirmed ? request.param("confirmed", "true") : request.param("confirmed", "false")).exchange();
    }

    private UUID record(FamilyDetails family, Set<UUID> to, Set<InformationKind> kinds) {
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/consents")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("childId", family.children().get(0).id().toString())
                        .param("givenBy", "GUARDIANS")
                        .param("guardianIds", family.guardians().get(0).id().toString())
                        .param("providerIds", to.stream().map(UUID::toString).toArray(String[]::new))
                        .param("information", kinds.stream().map(Enum::name).toArray(String[]::new))
                        .param("form", "WRITTEN")
                        .param("givenOn", consents.today().toString()))
                .hasStatus(HttpStatus.FOUND);
        List<ConsentView> all = consents.forFamily(family.id());
        return all.stream()
                .filter(c -> c.providerIds().equals(to))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private UUID providerNamed(String name) {
        return providers.allProviders().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
