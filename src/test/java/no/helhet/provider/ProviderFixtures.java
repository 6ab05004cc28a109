package no.helhet.provider;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Builders for service providers, registered through {@link ProviderRegister}:
 *
 * <pre>
 * UUID bup = providerFixtures.aProvider("BUP Demo").ownedBy(OwnerType.STATE).inSector("MENTAL_HEALTH")
 *         .withContact("Nils Bup", "Spesialist").build();
 * </pre>
 */
@Component
public class ProviderFixtures {

    private static final AtomicInteger ORGANISATION_NUMBERS = new AtomicInteger(1);

    private final ProviderRegister providers;

    ProviderFixtures(ProviderRegister providers) {
        this.providers = providers;
    }

    public ProviderBuilder aProvider(String name) {
        return new ProviderBuilder(name);
    }

    /** A valid organisation number (mod 11, 9 digits) not used before in this test run. */
    public static String anOrganisationNumber() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String eight = String.valueOf(98000000 + ORGANISATION_NUMBERS.getAndIncrement());
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (eight.charAt(i) - '0') * weights[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return eight + check;
            }
        }
    }

    /** A provider: by default a municipal health-care service under the health and care services act. */
    public final class ProviderBuilder {
        private final String name;
        private OwnerType owner = OwnerType.MUNICIPAL;
        private String sectorCode = "HEALTH_CARE";
        private String law = "helse- og omsorgstjenesteloven";
        private UUID unitId;
        private ProviderContact contact;

        private ProviderBuilder(String name) {
            this.name = name;
        }

        public ProviderBuilder ownedBy(OwnerType owner) {
            this.owner = owner;
            return this;
        }

        public ProviderBuilder inSector(String sectorCode, String law) {
            this.sectorCode = sectorCode;
            this.law = law;
            return this;
        }

        /** The municipal unit that gives the service. */
        public ProviderBuilder givenByUnit(UUID unitId) {
            this.unitId = unitId;
            return this;
        }

        public ProviderBuilder withContact(String name, String role) {
            this.contact = new ProviderContact(name, role, "41234567", null);
            return this;
        }

        public UUID build() {
            UUID id = providers.registerProvider(
                    new ProviderDetails(
                            name, anOrganisationNumber(), owner, sectorCode, law, "Rådhusgata 1, 9999 Demoby"),
                    unitId);
            if (contact != null) {
                providers.addContact(id, providers.getProvider(id).version(), contact);
            }
            return id;
        }
    }
}
