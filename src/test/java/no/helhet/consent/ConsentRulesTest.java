package no.helhet.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.consent.ConsentRules.NewConsent;
import no.helhet.consent.ConsentRules.Problem;
import no.helhet.consent.ConsentRules.Sharing;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.GuardianSummary;
import org.junit.jupiter.api.Test;

class ConsentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final UUID SCHOOL = UUID.randomUUID();
    private static final UUID BUP = UUID.randomUUID();

    private final GuardianSummary mother = guardian("Kari", true);
    private final GuardianSummary father = guardian("Ola", true);
    private final GuardianSummary stepfather = guardian("Per", false);

    @Test
    void everyGuardianWithParentalResponsibilityMustConsent() {
        ChildSummary child = child(10);
        FamilyDetails family = family(child);
        assertThat(problems(consent(child, ConsentGiver.GUARDIANS, Set.of(mother.id())), family, child))
                .extracting(Problem::messageKey)
                .containsExactly("consent.guardians.allResponsible");
        assertThat(problems(consent(child, ConsentGiver.GUARDIANS, Set.of(mother.id(), father.id())), family, child))
                .isEmpty();
    }

    @Test
    void theYouthConsentsForHealthFrom16Only() {
        ChildSummary fifteen = child(15);
        ChildSummary sixteen = child(16);
        NewConsent health = new NewConsent(
                sixteen.id(),
                ConsentGiver.YOUTH,
                Set.of(),
                Set.of(BUP),
                EnumSet.of(InformationKind.HEALTH),
                ConsentForm.ORAL,
                TODAY,
                null);
        assertThat(problems(health, family(sixteen), sixteen)).isEmpty();
        NewConsent tooYoung = new NewConsent(
                fifteen.id(),
                ConsentGiver.YOUTH,
                Set.of(),
                Set.of(BUP),
                EnumSet.of(InformationKind.HEALTH),
                ConsentForm.ORAL,
                TODAY,
                null);
        assertThat(problems(tooYoung, family(fifteen), fifteen))
                .extracting(Problem::messageKey)
                .containsExactly("consent.youth.tooYoung");
        NewConsent school = new NewConsent(
                sixteen.id(),
                ConsentGiver.YOUTH,
                Set.of(),
                Set.of(SCHOOL),
                EnumSet.of(InformationKind.SCHOOL),
                ConsentForm.ORAL,
                TODAY,
                null);
        assertThat(problems(school, family(sixteen), sixteen))
                .extracting(Problem::messageKey)
                .containsExactly("consent.youth.healthOnly");
    }

    @Test
    void aProviderMayReceiveOnlyWhatAnActiveConsentNamesForIt() {
        ConsentView consent = view(TODAY.minusDays(10), null, null, Set.of(SCHOOL), EnumSet.of(InformationKind.SCHOOL));
        Instant now = TODAY.atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant();
        assertThat(ConsentRules.sharing(SCHOOL, InformationKind.SCHOOL, List.of(consent), now, TODAY)
                        .allowed())
                .isTrue();
        assertThat(ConsentRules.sharing(SCHOOL, InformationKind.HEALTH, List.of(consent), now, TODAY)
                        .reasonKey())
                .isEqualTo("consent.sharing.none");
        assertThat(ConsentRules.sharing(BUP, InformationKind.SCHOOL, List.of(consent), now, TODAY)
                        .allowed())
                .isFalse();
    }

    @Test
    void aConsentHoldsUpToAndIncludingItsExpiryDate() {
        ConsentView consent =
                view(TODAY.minusMonths(6), TODAY, null, Set.of(SCHOOL), EnumSet.of(InformationKind.SCHOOL));
        Instant now = TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant();
        assertThat(ConsentRules.sharing(SCHOOL, null, List.of(consent), now, TODAY)
                        .allowed())
                .isTrue();
        Sharing tomorrow =
                ConsentRules.sharing(SCHOOL, null, List.of(consent), now.plusSeconds(86_400), TODAY.plusDays(1));
        assertThat(tomorrow.allowed()).isFalse();
        assertThat(tomorrow.reasonKey()).isEqualTo("consent.sharing.expired");
    }

    @Test
    void aWithdrawalStopsSharingFromThatMoment() {
        Instant withdrawn = TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant();
        ConsentView consent =
                view(TODAY.minusDays(30), null, withdrawn, Set.of(SCHOOL), EnumSet.of(InformationKind.SCHOOL));
        assertThat(ConsentRules.sharing(SCHOOL, null, List.of(consent), withdrawn.minusSeconds(1), TODAY)
                        .allowed())
                .isTrue();
        Sharing after = ConsentRules.sharing(SCHOOL, null, List.of(consent), withdrawn, TODAY);
        assertThat(after.allowed()).isFalse();
        assertThat(after.reasonKey()).isEqualTo("consent.sharing.withdrawn");
    }

    @Test
    void aConsentGivenDigitallyHoldsOnlyFromTheLastGuardiansConfirmation() {
        Instant first = TODAY.atTime(9, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant();
        Instant second = first.plusSeconds(3_600);
        ConsentView pending = digital(java.util.Map.of(mother.id(), first));
        assertThat(pending.pending()).isTrue();
        assertThat(pending.awaits(father.id())).isTrue();
        assertThat(pending.awaits(mother.id())).isFalse();
        Sharing notYet = ConsentRules.sharing(SCHOOL, null, List.of(pending), second.plusSeconds(60), TODAY);
        assertThat(notYet.allowed()).isFalse();
        assertThat(notYet.reasonKey()).isEqualTo("consent.sharing.pending");

        ConsentView confirmed = digital(java.util.Map.of(mother.id(), first, father.id(), second));
        assertThat(confirmed.pending()).isFalse();
        assertThat(confirmed.confirmedSince()).contains(second);
        assertThat(confirmed.activeAt(second.minusSeconds(1), TODAY)).isFalse();
        assertThat(ConsentRules.sharing(SCHOOL, null, List.of(confirmed), second, TODAY)
                        .allowed())
                .isTrue();
    }

    @Test
    void theYouthsConsentAgeComesFromTheSettingAndIsNamedInTheMessage() {
        ChildSummary fifteen = child(15);
        NewConsent health = new NewConsent(
                fifteen.id(),
                ConsentGiver.YOUTH,
                Set.of(),
                Set.of(BUP),
                EnumSet.of(InformationKind.HEALTH),
                ConsentForm.ORAL,
                TODAY,
                null);
        assertThat(ConsentRules.problems(health, family(fifteen), fifteen, TODAY, 15))
                .isEmpty();
        assertThat(ConsentRules.problems(health, family(fifteen), fifteen, TODAY, 17))
                .singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly(17));
    }

    private List<Problem> problems(NewConsent consent, FamilyDetails family, ChildSummary child) {
        return ConsentRules.problems(consent, family, child, TODAY, 16);
    }

    private NewConsent consent(ChildSummary child, ConsentGiver giver, Set<UUID> guardians) {
        return new NewConsent(
                child.id(),
                giver,
                guardians,
                Set.of(SCHOOL),
                EnumSet.of(InformationKind.SCHOOL),
                ConsentForm.WRITTEN,
                TODAY,
                TODAY.plusYears(1));
    }

    private FamilyDetails family(ChildSummary child) {
        return new FamilyDetails(
                child.familyId(), "Demo kommune", null, null, 1, List.of(mother, father, stepfather), List.of(child));
    }

    private static ChildSummary child(int age) {
        return new ChildSummary(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Emma",
                "Berg",
                TODAY.minusYears(age).minusDays(1),
                null,
                null,
                "");
    }

    private static GuardianSummary guardian(String name, boolean responsible) {
        return new GuardianSummary(UUID.randomUUID(), name, "Berg", "", responsible, null, null);
    }

    private ConsentView digital(java.util.Map<UUID, Instant> confirmations) {
        return new ConsentView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                ConsentGiver.GUARDIANS,
                ConsentForm.DIGITAL,
                TODAY,
                null,
                null,
                Set.of(mother.id(), father.id()),
                Set.of(SCHOOL),
                EnumSet.of(InformationKind.SCHOOL),
                "system",
                null,
                1,
                mother.id(),
                confirmations);
    }

    private static ConsentView view(
            LocalDate given, LocalDate expires, Instant withdrawn, Set<UUID> providers, Set<InformationKind> kinds) {
        return new ConsentView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                ConsentGiver.GUARDIANS,
                ConsentForm.WRITTEN,
                given,
                expires,
                withdrawn,
                Set.of(),
                providers,
                kinds,
                "ke",
                null,
                1);
    }
}
