package no.helhet.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.request.RequestChannel;
import no.helhet.request.RequestService;
import no.helhet.request.RequestService.NewRequest;
import no.helhet.request.RequesterKind;
import no.helhet.staff.StaffDirectory;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class TurningEighteenTasksTest {

    @Autowired
    TaskGenerator generator;

    @Autowired
    TaskService tasks;

    @Autowired
    FamilyFixtures families;

    @Autowired
    RequestService requests;

    @Autowired
    StaffDirectory staff;

    @Autowired
    UserDetailsService users;

    @Test
    void aChildTurning18WhileTheRequestIsHandledGivesTheCaseworkerATaskPerChild() {
        LocalDate today = tasks.today();
        LocalDate jonasTurns18 = today.plusDays(120);
        FamilyDetails family = families.aFamily()
                .named("Attenårsen")
                .withChildBorn("Jonas", jonasTurns18.minusYears(18))
                .withChildBorn("Sara", today.plusDays(150).minusYears(18))
                .withChild("Lille", 9)
                .build();
        UUID jonas = childNamed(family, "Jonas");
        UUID sara = childNamed(family, "Sara");
        UUID lille = childNamed(family, "Lille");
        var ke = users.loadUserByUsername("ke2");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(ke, null, ke.getAuthorities()));
        try {
            requests.registerRequest(new NewRequest(
                    family.id(),
                    RequestChannel.PHONE,
                    today,
                    RequesterKind.GUARDIAN,
                    family.guardians().get(0).id(),
                    null,
                    null,
                    "Vi trenger hjelp.",
                    Set.of(jonas, sara, lille)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        UUID ke2 = staff.findStaffByUsername("ke2").orElseThrow().id();

        generator.generate(jonasTurns18.minusDays(91));
        assertThat(tasks.fromSource(TaskSource.TURNING_18, jonas)).isEmpty();

        generator.generate(jonasTurns18.minusDays(90));
        generator.generate(jonasTurns18.minusDays(89));
        assertThat(tasks.fromSource(TaskSource.TURNING_18, jonas))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.ownerId()).isEqualTo(ke2);
                    assertThat(t.dueOn()).isEqualTo(jonasTurns18);
                });
        assertThat(tasks.fromSource(TaskSource.TURNING_18, sara)).isEmpty();
        assertThat(tasks.fromSource(TaskSource.TURNING_18, lille)).isEmpty();

        generator.generate(jonasTurns18.minusDays(60));
        assertThat(tasks.fromSource(TaskSource.TURNING_18, sara)).singleElement();
        assertThat(tasks.fromSource(TaskSource.TURNING_18, jonas)).hasSize(1);
    }

    private static UUID childNamed(FamilyDetails family, String name) {
        return family.children().stream()
                .filter(c -> name.equals(c.givenName()))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
