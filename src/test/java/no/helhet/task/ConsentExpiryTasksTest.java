package no.helhet.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import no.helhet.appointment.AppointmentFixtures;
import no.helhet.appointment.AppointmentService;
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

/** A withdrawn consent closes the open task that asks whether it should be renewed (event ConsentWithdrawn). */
@IntegrationTest
class ConsentExpiryTasksTest {

    @Autowired
    TaskGenerator generator;

    @Autowired
    TaskService tasks;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppointmentService appointments;

    @Autowired
    ConsentService consents;

    @Autowired
    ProviderRegister providers;

    @Autowired
    StaffDirectory staff;

    @Test
    void withdrawingAConsentClosesItsExpiryTask() {
        LocalDate today = tasks.today();
        FamilyDetails family = fixtures.aFamily("Tilbaketrekksen", 10);
        UUID decision = fixtures.aGrantedDecision(family);
        UUID ole = staff.findStaffByUsername("koord2").orElseThrow().id();
        appointments.appointCoordinator(decision, AppointmentFixtures.draft(ole));
        UUID bup = providers.allProviders().stream()
                .filter(p -> p.name().equals("BUP Demo"))
                .findFirst()
                .orElseThrow()
                .id();
        UUID consentId = consents.recordConsent(
                family.id(),
                new NewConsent(
                        family.children().get(0).id(),
                        ConsentGiver.GUARDIANS,
                        Set.of(family.guardians().get(0).id()),
                        Set.of(bup),
                        EnumSet.of(InformationKind.HEALTH),
                        ConsentForm.WRITTEN,
                        today,
                        today.plusDays(20)));
        generator.generate(today);
        assertThat(tasks.fromSource(TaskSource.CONSENT_EXPIRING, consentId))
                .singleElement()
                .satisfies(t -> assertThat(t.doneAt()).isNull());

        consents.withdraw(consentId, consents.getConsent(consentId).version());

        assertThat(tasks.fromSource(TaskSource.CONSENT_EXPIRING, consentId))
                .singleElement()
                .satisfies(t -> assertThat(t.doneAt()).isNotNull());
        assertThat(tasks.openTasksOf(ole)).noneMatch(t -> consentId.equals(t.sourceId()));
    }
}
