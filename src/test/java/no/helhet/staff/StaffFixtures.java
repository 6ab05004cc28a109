package no.helhet.staff;

import java.util.UUID;
import no.helhet.staff.StaffDirectory.NewStaffMember;
import org.springframework.stereotype.Component;

/**
 * Builders for units and staff accounts, registered through {@link StaffDirectory}:
 *
 * <pre>
 * UUID school = staffFixtures.aUnit("Solbakken skole").inSector("SCHOOL").build();
 * staffFixtures.aStaffMember("koord2").named("Ole Brekke").as(StaffRole.COORDINATOR).inUnit(school).build();
 * </pre>
 */
@Component
public class StaffFixtures {

    /** The password of every account the fixtures create. */
    public static final String PASSWORD = "helhet-test";

    private final StaffDirectory staff;

    StaffFixtures(StaffDirectory staff) {
        this.staff = staff;
    }

    public UnitBuilder aUnit(String name) {
        return new UnitBuilder(name);
    }

    public StaffMemberBuilder aStaffMember(String username) {
        return new StaffMemberBuilder(username);
    }

    /** A unit: by default an ordinary health-care unit. */
    public final class UnitBuilder {
        private final String name;
        private String sectorCode = "HEALTH_CARE";
        private boolean coordinatingUnit;

        private UnitBuilder(String name) {
            this.name = name;
        }

        public UnitBuilder inSector(String sectorCode) {
            this.sectorCode = sectorCode;
            return this;
        }

        /** The municipality's coordinating unit (koordinerende enhet). */
        public UnitBuilder coordinating() {
            this.coordinatingUnit = true;
            return this;
        }

        public UUID build() {
            return staff.registerUnit(name, sectorCode, coordinatingUnit);
        }
    }

    /** An account: by default a coordinator with completed training and e-mail {@code <username>@demo.kommune.no}. */
    public final class StaffMemberBuilder {
        private final String username;
        private String fullName;
        private StaffRole role = StaffRole.COORDINATOR;
        private UUID unitId;
        private UUID providerId;
        private TrainingStatus training = TrainingStatus.COMPLETED;

        private StaffMemberBuilder(String username) {
            this.username = username;
            this.fullName = username;
        }

        public StaffMemberBuilder named(String fullName) {
            this.fullName = fullName;
            return this;
        }

        public StaffMemberBuilder as(StaffRole role) {
            this.role = role;
            return this;
        }

        public StaffMemberBuilder inUnit(UUID unitId) {
            this.unitId = unitId;
            return this;
        }

        /** A contact person at a service provider (role {@link StaffRole#PROVIDER_CONTACT}). */
        public StaffMemberBuilder contactFor(UUID providerId) {
            this.role = StaffRole.PROVIDER_CONTACT;
            this.providerId = providerId;
            return this;
        }

        public StaffMemberBuilder withTraining(TrainingStatus training) {
            this.training = training;
            return this;
        }

        public UUID build() {
            return staff.registerStaffMember(new NewStaffMember(
                    username,
                    PASSWORD,
                    fullName,
                    role,
                    unitId,
                    providerId,
                    username + "@demo.kommune.no",
                    "4" + (1000000 + Math.abs(username.hashCode() % 8999999)),
                    training));
        }
    }
}
