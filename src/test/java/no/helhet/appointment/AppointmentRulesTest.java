package no.helhet.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppointmentRulesTest {

    private final UUID hanne = UUID.randomUUID();
    private final UUID ole = UUID.randomUUID();
    private final UUID healthStation = UUID.randomUUID();
    private final UUID school = UUID.randomUUID();

    @Test
    void noWishIsAlwaysFollowed() {
        assertThat(AppointmentRules.wishFollowed(FamilyWish.NONE, null, null, hanne, healthStation))
                .isTrue();
    }

    @Test
    void aWishedPersonIsFollowedOnlyWhenThatPersonIsAppointed() {
        assertThat(AppointmentRules.wishFollowed(FamilyWish.PERSON, hanne, null, hanne, healthStation))
                .isTrue();
        assertThat(AppointmentRules.wishFollowed(FamilyWish.PERSON, hanne, null, ole, school))
                .isFalse();
    }

    @Test
    void aWishedUnitIsFollowedByAnyoneFromThatUnit() {
        assertThat(AppointmentRules.wishFollowed(FamilyWish.UNIT, null, school, ole, school))
                .isTrue();
        assertThat(AppointmentRules.wishFollowed(FamilyWish.UNIT, null, school, hanne, healthStation))
                .isFalse();
    }
}
