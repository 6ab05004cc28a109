package no.helhet.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Expiry by date, seen through the service with an injected clock: the consent holds through its last day. */
class ConsentExpiryClockTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final UUID CHILD = UUID.randomUUID();
    private static final UUID SCHOOL = UUID.randomUUID();
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

    private final Consent consent = new Consent(
            UUID.randomUUID(),
            UUID.randomUUID(),
            CHILD,
            ConsentGiver.GUARDIANS,
            ConsentForm.WRITTEN,
            LocalDate.of(2026, 1, 1),
            LAST_DAY,
            null,
            null,
            null,
            null,
            null,
            Set.of(),
            Set.of(new ConsentedProvider(SCHOOL)),
            Set.of(new ConsentedInformation(InformationKind.SCHOOL)),
            Set.of(),
            1,
            Instant.parse("2026-01-01T08:00:00Z"),
            "ke",
            Instant.parse("2026-01-01T08:00:00Z"),
            "ke");

    @Test
    void theConsentHoldsOnItsLastDayAndNotTheDayAfter() {
        assertThat(serviceAt("2026-12-31T23:59:00")
                        .sharing(CHILD, SCHOOL, InformationKind.SCHOOL)
                        .allowed())
                .isTrue();
        var after = serviceAt("2027-01-01T00:00:00").sharing(CHILD, SCHOOL, InformationKind.SCHOOL);
        assertThat(after.allowed()).isFalse();
        assertThat(after.reasonKey()).isEqualTo("consent.sharing.expired");
    }

    private ConsentService serviceAt(String localDateTime) {
        Clock clock = Clock.fixed(
                java.time.LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant(), OSLO);
        return new ConsentService(repositoryHolding(consent), null, null, null, null, null, clock);
    }

    /** A repository that holds one consent: enough for the sharing question. */
    private static ConsentRepository repositoryHolding(Consent consent) {
        return (ConsentRepository) Proxy.newProxyInstance(
                ConsentRepository.class.getClassLoader(),
                new Class<?>[] {ConsentRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findByChildId")) {
                        return args[0].equals(consent.childId()) ? List.of(consent) : List.of();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
