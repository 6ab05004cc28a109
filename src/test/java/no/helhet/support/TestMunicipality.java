package no.helhet.support;

import java.util.UUID;
import no.helhet.provider.OwnerType;
import no.helhet.provider.ProviderFixtures;
import no.helhet.shared.DemoMode;
import no.helhet.shared.MunicipalityProperties;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffFixtures;
import no.helhet.staff.StaffRole;
import no.helhet.staff.TrainingStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The cast every test context starts with when it does not load the demo data: a few units, the
 * staff accounts tests act as ({@code ke}, {@code ke2}, {@code kelead}, {@code koord1}, {@code
 * koord2}, {@code leder}, {@code admin}, and {@code skole} at Solbakken skole) and a few service
 * providers; no families, no cases. Built once per context through the fixtures, before the
 * application's own start-up runners. Tests build the families and cases they need themselves.
 */
@Component
@Order(-2)
class TestMunicipality implements ApplicationRunner {

    private final DemoMode demoMode;
    private final StaffDirectory staff;
    private final StaffFixtures staffFixtures;
    private final ProviderFixtures providerFixtures;
    private final MunicipalityProperties municipality;

    TestMunicipality(
            DemoMode demoMode,
            StaffDirectory staff,
            StaffFixtures staffFixtures,
            ProviderFixtures providerFixtures,
            MunicipalityProperties municipality) {
        this.demoMode = demoMode;
        this.staff = staff;
        this.staffFixtures = staffFixtures;
        this.providerFixtures = providerFixtures;
        this.municipality = municipality;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled() || staff.findStaffByUsername("ke").isPresent()) {
            return;
        }
        UUID ke = staffFixtures
                .aUnit(municipality.coordinatingUnitName())
                .coordinating()
                .build();
        UUID health = staffFixtures.aUnit("Helsestasjonen").build();
        UUID school = staffFixtures.aUnit("Solbakken skole").inSector("SCHOOL").build();
        UUID ppt = staffFixtures.aUnit("PP-tjenesten").inSector("SCHOOL").build();
        UUID administration = staffFixtures
                .aUnit("Rådmannens stab")
                .inSector("ADMINISTRATION")
                .build();

        staffFixtures
                .aStaffMember("ke")
                .named("Kari Nordmann")
                .as(StaffRole.KE_CASEWORKER)
                .inUnit(ke)
                .build();
        staffFixtures
                .aStaffMember("ke2")
                .named("Jonas Vik")
                .as(StaffRole.KE_CASEWORKER)
                .inUnit(ke)
                .build();
        staffFixtures
                .aStaffMember("kelead")
                .named("Randi Aas")
                .as(StaffRole.KE_LEAD)
                .inUnit(ke)
                .build();
        staffFixtures.aStaffMember("koord1").named("Hanne Lie").inUnit(health).build();
        staffFixtures
                .aStaffMember("koord2")
                .named("Ole Brekke")
                .inUnit(school)
                .withTraining(TrainingStatus.IN_PROGRESS)
                .build();
        staffFixtures
                .aStaffMember("leder")
                .named("Per Kommunalsjef")
                .as(StaffRole.LEADER)
                .inUnit(administration)
                .build();
        staffFixtures
                .aStaffMember("admin")
                .named("Siv Admin")
                .as(StaffRole.ADMIN)
                .inUnit(administration)
                .build();

        providerFixtures
                .aProvider("Helsestasjonen")
                .givenByUnit(health)
                .withContact("Anne Helse", "Helsesykepleier")
                .build();
        UUID schoolProvider = providerFixtures
                .aProvider("Solbakken skole")
                .inSector("SCHOOL", "opplæringslova")
                .givenByUnit(school)
                .withContact("Kjell Rektor", "Rektor")
                .build();
        providerFixtures
                .aProvider("PP-tjenesten")
                .inSector("SCHOOL", "opplæringslova")
                .givenByUnit(ppt)
                .withContact("Lene Rådgiver", "PP-rådgiver")
                .build();
        providerFixtures
                .aProvider("BUP Demo")
                .ownedBy(OwnerType.STATE)
                .inSector("MENTAL_HEALTH", "psykisk helsevernloven")
                .withContact("Nils Bup", "Spesialist")
                .build();
        staffFixtures
                .aStaffMember("skole")
                .named("Kjell Rektor")
                .contactFor(schoolProvider)
                .withTraining(TrainingStatus.NOT_STARTED)
                .build();
    }
}
