package no.helhet.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.helhet.appointment.AppointmentConsent;
import no.helhet.appointment.AppointmentConsentGiver;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentService.AppointmentDraft;
import no.helhet.appointment.Delegation;
import no.helhet.appointment.FamilyWish;
import no.helhet.appointment.WishedPerson;
import no.helhet.assessment.AssessmentContent;
import no.helhet.assessment.AssessmentService;
import no.helhet.assessment.Conclusion;
import no.helhet.assessment.IllnessKind;
import no.helhet.consent.ConsentForm;
import no.helhet.consent.ConsentGiver;
import no.helhet.consent.ConsentRules;
import no.helhet.consent.ConsentService;
import no.helhet.consent.InformationKind;
import no.helhet.decision.DecisionOutcome;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionService.DecisionDraft;
import no.helhet.family.ExpectedKind;
import no.helhet.family.FamilyService;
import no.helhet.family.FamilyService.NewChild;
import no.helhet.family.FamilyService.NewFamily;
import no.helhet.family.FamilyService.NewGuardian;
import no.helhet.family.PostalAddress;
import no.helhet.provider.OwnerType;
import no.helhet.provider.ProviderContact;
import no.helhet.provider.ProviderDetails;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ServicePicture;
import no.helhet.provider.ServiceStatus;
import no.helhet.request.RequestChannel;
import no.helhet.request.RequestService;
import no.helhet.request.RequestService.NewRequest;
import no.helhet.request.RequesterKind;
import no.helhet.shared.ChildVoice;
import no.helhet.shared.MunicipalityProperties;
import no.helhet.shared.SyntheticNationalIds;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffDirectory.NewStaffMember;
import no.helhet.staff.StaffRole;
import no.helhet.staff.StaffSummary;
import no.helhet.staff.TrainingStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a synthetic demo municipality through the application's own services: units across
 * sectors, about fifteen staff, and a given number of families spread over every state of the
 * chain. The same seed gives the same data; the size can be raised to build a national-scale set.
 */
@Component
public class DemoDataGenerator {

    public static final String DEMO_PASSWORD = "helhet-demo";

    /** The demo logins printed at start-up: every account the demo data create. */
    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("ke", "Saksbehandler i koordinerende enhet (KE)"),
            new DemoLogin("ke2", "Saksbehandler i koordinerende enhet (KE)"),
            new DemoLogin("kelead", "Leder av koordinerende enhet (leser tilgangsloggen og mislykkede innlogginger)"),
            new DemoLogin("koord1", "Koordinator, Helsestasjonen"),
            new DemoLogin("koord2", "Koordinator, Solbakken skole"),
            new DemoLogin("koord3", "Koordinator, Fysio- og ergoterapitjenesten"),
            new DemoLogin("koord4", "Koordinator, Tjenester for funksjonshemmede"),
            new DemoLogin("koord5", "Koordinator, Eikelund barnehage"),
            new DemoLogin("koord6", "Koordinator, PP-tjenesten"),
            new DemoLogin("koord7", "Koordinator, Barneverntjenesten"),
            new DemoLogin("koord8", "Koordinator, Nav Demoby"),
            new DemoLogin("koord9", "Koordinator, Helsestasjonen"),
            new DemoLogin("leder", "Leder (bare tall, ingen familier)"),
            new DemoLogin("leder2", "Leder (bare tall, ingen familier)"),
            new DemoLogin("skole", "Kontaktperson ved Solbakken skole (ser bare det samtykket gjelder)"),
            new DemoLogin("admin", "Administrator (brukere og enheter)"));

    private static final String[] GIVEN = {
        "Emma", "Nora", "Sofie", "Ella", "Maja", "Olivia", "Ingrid", "Leah", "Jakob", "Noah", "Emil", "Lucas", "Oliver",
        "Filip", "Aksel", "Henrik", "Sara", "Ida", "Tiril", "Mathias", "Jonas", "Amir", "Aisha", "Linnea", "Tobias",
        "Vilde", "Sander", "Hedda", "Ahmed", "Elias"
    };
    private static final String[] ADULT = {
        "Kari",
        "Ola",
        "Anne",
        "Per",
        "Hilde",
        "Lars",
        "Marte",
        "Knut",
        "Silje",
        "Geir",
        "Camilla",
        "Trond",
        "Fatima",
        "Mohammed",
        "Agnieszka",
        "Tomasz",
        "Siri",
        "Bjørn",
        "Line",
        "Espen"
    };
    private static final String[] STREETS = {
        "Storgata",
        "Kirkeveien",
        "Skoleveien",
        "Bjørkeveien",
        "Fjordgata",
        "Solbakken",
        "Granlia",
        "Møllevegen",
        "Elvebakken",
        "Lindealléen",
        "Postboks"
    };
    private static final String[][] POST_PLACES = {
        {"9990", "Demo"}, {"9991", "Demo"}, {"9992", "Nordbygda"}, {"9993", "Sørbygda"}, {"9994", "Fjordvik"}
    };
    private static final String[] FAMILY = {
        "Hansen",
        "Johansen",
        "Olsen",
        "Larsen",
        "Andersen",
        "Pedersen",
        "Nilsen",
        "Kristiansen",
        "Jensen",
        "Karlsen",
        "Berg",
        "Haugen",
        "Hagen",
        "Johnsen",
        "Dahl",
        "Ali",
        "Nowak",
        "Lie",
        "Solberg",
        "Moen",
        "Eriksen",
        "Bakken",
        "Strand",
        "Lund",
        "Ahmed"
    };

    private final StaffDirectory staff;
    private final FamilyService families;
    private final RequestService requests;
    private final AssessmentService assessments;
    private final DecisionService decisions;
    private final AppointmentService appointments;
    private final MunicipalityProperties municipality;
    private final ProviderRegister providers;
    private final ServicePicture services;
    private final ConsentService consents;
    private final DemoOutreach outreach;
    private final DemoCases cases;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long seed;

    DemoDataGenerator(
            StaffDirectory staff,
            FamilyService families,
            RequestService requests,
            AssessmentService assessments,
            DecisionService decisions,
            AppointmentService appointments,
            MunicipalityProperties municipality,
            ProviderRegister providers,
            ServicePicture services,
            ConsentService consents,
            DemoOutreach outreach,
            DemoCases cases,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${helhet.demo.seed}") long seed) {
        this.staff = staff;
        this.families = families;
        this.requests = requests;
        this.assessments = assessments;
        this.decisions = decisions;
        this.appointments = appointments;
        this.municipality = municipality;
        this.providers = providers;
        this.services = services;
        this.consents = consents;
        this.outreach = outreach;
        this.cases = cases;
        this.transactions = transactions;
        this.clock = clock;
        this.seed = seed;
    }

    /** Builds the units and staff (once) and {@code size} families. */
    public void generate(int size) {
        Random random = new Random(seed);
        SyntheticNationalIds ids = new SyntheticNationalIds(random);
        if (staff.findStaffByUsername("ke").isEmpty()) {
            transactions.executeWithoutResult(s -> units());
        }
        List<StaffSummary> coordinators = staff.coordinatorCandidates();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < size; i++) {
            int n = i;
            transactions.executeWithoutResult(s -> family(n, random, ids, coordinators, today, null));
        }
        transactions.executeWithoutResult(s -> outreach.generate(random, coordinators, today));
        extras(size, ids, coordinators, today);
    }

    /**
     * Five families added after all the others (so that the families tests walk stay as they were),
     * each with its own recent chain, for what follows a decision: three refused, whose complaints
     * {@link DemoCases} registers (one in time, one late, one upheld and decided by Statsforvalteren),
     * and two appointed, one of which gets a new coordinator and the other whose right ends.
     */
    private void extras(int size, SyntheticNationalIds ids, List<StaffSummary> coordinators, LocalDate today) {
        Random random = new Random(seed * 17 + 1);
        // state (6 refused, 5 appointed), days back the request was received, days back it was decided
        int[][] chains = {{6, 40, 30}, {6, 120, 110}, {6, 150, 140}, {5, 200, 190}, {5, 210, 200}};
        List<UUID> refused = new ArrayList<>();
        List<UUID> appointed = new ArrayList<>();
        int n = size;
        for (int[] c : chains) {
            while (n % 8 != c[0] || n % 13 == 5) {
                n++;
            }
            int m = n++;
            Chain chain = new Chain(today.minusDays(c[1]), today.minusDays(c[2]), today.minusDays(c[2] - 10));
            UUID[] id = new UUID[1];
            transactions.executeWithoutResult(s -> id[0] = family(m, random, ids, coordinators, today, chain));
            (c[0] == 6 ? refused : appointed).add(id[0]);
        }
        cases.generate(refused, appointed, coordinators, today);
    }

    private void units() {
        UUID ke = staff.registerUnit(municipality.coordinatingUnitName(), "HEALTH_CARE", true);
        UUID health = staff.registerUnit("Helsestasjonen", "HEALTH_CARE", false, hours(40));
        UUID physio = staff.registerUnit("Fysio- og ergoterapitjenesten", "HEALTH_CARE", false, hours(20));
        UUID disability = staff.registerUnit("Tjenester for funksjonshemmede", "HEALTH_CARE", false, hours(30));
        UUID school = staff.registerUnit("Solbakken skole", "SCHOOL", false, hours(20));
        UUID ppt = staff.registerUnit("PP-tjenesten", "SCHOOL", false, hours(15));
        UUID kindergarten = staff.registerUnit("Eikelund barnehage", "KINDERGARTEN", false, hours(10));
        UUID childWelfare = staff.registerUnit("Barneverntjenesten", "CHILD_WELFARE", false, hours(15));
        UUID nav = staff.registerUnit("Nav Demoby", "NAV", false, hours(10));
        UUID admin = staff.registerUnit("Rådmannens stab", "ADMINISTRATION", false);
        person("ke", "Kari Nordmann", StaffRole.KE_CASEWORKER, ke, TrainingStatus.COMPLETED);
        person("ke2", "Jonas Vik", StaffRole.KE_CASEWORKER, ke, TrainingStatus.COMPLETED);
        person("kelead", "Randi Aas", StaffRole.KE_LEAD, ke, TrainingStatus.COMPLETED);
        person("koord1", "Hanne Lie", StaffRole.COORDINATOR, health, TrainingStatus.COMPLETED);
        person("koord2", "Ole Brekke", StaffRole.COORDINATOR, school, TrainingStatus.IN_PROGRESS);
        person("koord3", "Mona Sæther", StaffRole.COORDINATOR, physio, TrainingStatus.COMPLETED);
        person("koord4", "Ali Hassan", StaffRole.COORDINATOR, disability, TrainingStatus.COMPLETED);
        person("koord5", "Tone Rød", StaffRole.COORDINATOR, kindergarten, TrainingStatus.NOT_STARTED);
        person("koord6", "Erik Fossum", StaffRole.COORDINATOR, ppt, TrainingStatus.IN_PROGRESS);
        person("koord7", "Lise Holm", StaffRole.COORDINATOR, childWelfare, TrainingStatus.COMPLETED);
        person("koord8", "Stian Berge", StaffRole.COORDINATOR, nav, TrainingStatus.NOT_STARTED);
        person("koord9", "Ane Myhre", StaffRole.COORDINATOR, health, TrainingStatus.COMPLETED);
        person("leder", "Per Kommunalsjef", StaffRole.LEADER, admin, TrainingStatus.NOT_STARTED);
        person("leder2", "Eva Enhetsleder", StaffRole.LEADER, admin, TrainingStatus.NOT_STARTED);
        person("admin", "Siv Admin", StaffRole.ADMIN, admin, TrainingStatus.NOT_STARTED);
        providers(health, physio, disability, school, ppt, kindergarten, childWelfare, nav);
    }

    /** A realistic set of service providers, municipal units among them. */
    private void providers(
            UUID health,
            UUID physio,
            UUID disability,
            UUID school,
            UUID ppt,
            UUID kindergarten,
            UUID childWelfare,
            UUID nav) {
        String municipal = orgNumber(1);
        provider(
                "Helsestasjonen",
                municipal,
                OwnerType.MUNICIPAL,
                "HEALTH_CARE",
                "helse- og omsorgstjenesteloven",
                health,
                "Helsesykepleier",
                "Anne Helse");
        provider(
                "Fysio- og ergoterapitjenesten",
                municipal,
                OwnerType.MUNICIPAL,
                "HEALTH_CARE",
                "helse- og omsorgstjenesteloven",
                physio,
                "Fysioterapeut",
                "Per Fysio");
        provider(
                "Tjenester for funksjonshemmede",
                municipal,
                OwnerType.MUNICIPAL,
                "HEALTH_CARE",
                "helse- og omsorgstjenesteloven",
                disability,
                "Avdelingsleder",
                "Gro Omsorg");
        UUID schoolProvider = provider(
                "Solbakken skole",
                municipal,
                OwnerType.MUNICIPAL,
                "SCHOOL",
                "opplæringslova",
                school,
                "Rektor",
                "Kjell Rektor");
        staff.registerStaffMember(new NewStaffMember(
                "skole",
                DEMO_PASSWORD,
                "Kjell Rektor",
                StaffRole.PROVIDER_CONTACT,
                null,
                schoolProvider,
                "kjell.rektor@solbakken.demo.no",
                "41000000",
                TrainingStatus.NOT_STARTED));
        provider(
                "PP-tjenesten",
                municipal,
                OwnerType.MUNICIPAL,
                "SCHOOL",
                "opplæringslova",
                ppt,
                "PP-rådgiver",
                "Lene Rådgiver");
        provider(
                "Eikelund barnehage",
                municipal,
                OwnerType.MUNICIPAL,
                "KINDERGARTEN",
                "barnehageloven",
                kindergarten,
                "Styrer",
                "Mari Styrer");
        provider(
                "Barneverntjenesten",
                municipal,
                OwnerType.MUNICIPAL,
                "CHILD_WELFARE",
                "barnevernsloven",
                childWelfare,
                "Saksbehandler",
                "Tor Vern");
        provider(
                "Nav Demoby",
                orgNumber(2),
                OwnerType.STATE,
                "NAV",
                "arbeids- og velferdsforvaltningsloven",
                nav,
                "Veileder",
                "Siri Veileder");
        provider(
                "Trollskogen private barnehage",
                orgNumber(3),
                OwnerType.KINDERGARTEN_PUBLIC_GRANT,
                "KINDERGARTEN",
                "barnehageloven",
                null,
                "Styrer",
                "Hege Troll");
        provider(
                "Fastlegekontoret Sentrum",
                orgNumber(4),
                OwnerType.PRIVATE_ON_PUBLIC_BEHALF,
                "HEALTH_CARE",
                "helse- og omsorgstjenesteloven",
                null,
                "Fastlege",
                "Dr. Ola Lege");
        provider(
                "Habiliteringstjenesten for barn, Demo sykehus",
                orgNumber(5),
                OwnerType.STATE,
                "SPECIALIST_HEALTH",
                "spesialisthelsetjenesteloven",
                null,
                "Psykolog",
                "Eva Habil");
        provider(
                "BUP Demo",
                orgNumber(6),
                OwnerType.STATE,
                "MENTAL_HEALTH",
                "psykisk helsevernloven",
                null,
                "Spesialist",
                "Nils Bup");
        provider(
                "Den offentlige tannhelsetjenesten",
                orgNumber(7),
                OwnerType.COUNTY,
                "DENTAL",
                "tannhelsetjenesteloven",
                null,
                "Tannpleier",
                "Guro Tann");
        provider(
                "Demo videregående skole",
                orgNumber(8),
                OwnerType.COUNTY,
                "SCHOOL",
                "opplæringslova",
                null,
                "Rådgiver",
                "Jan Rådgiver");
    }

    private UUID provider(
            String name,
            String orgNumber,
            OwnerType owner,
            String sector,
            String law,
            UUID unit,
            String role,
            String contact) {
        UUID id = providers.registerProvider(
                new ProviderDetails(name, orgNumber, owner, sector, law, municipality.address()), unit);
        providers.addContact(
                id,
                providers.getProvider(id).version(),
                new ProviderContact(contact, role, "4" + (1000000 + Math.abs(name.hashCode() % 8999999)), null));
        return id;
    }

    /** A valid organisation number (mod 11) for the demo, from a small seed. */
    static String orgNumber(int seed) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        for (int base = 99000000 + seed * 1000; ; base++) {
            String eight = String.valueOf(base);
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

    private void person(String username, String name, StaffRole role, UUID unit, TrainingStatus training) {
        String mail = username + "@demo.kommune.no";
        staff.registerStaffMember(new NewStaffMember(
                username,
                DEMO_PASSWORD,
                name,
                role,
                unit,
                mail,
                "4" + (1000000 + Math.abs(username.hashCode() % 8999999)),
                training));
    }

    /**
     * A postal address for the demo family {@code n}, so that demo letters print one. Taken from the
     * number, not from the random source, so that the rest of the demo stays as it was. Some second
     * guardians live apart ({@code n + 100}).
     */
    private static PostalAddress address(int n) {
        String[] place = POST_PLACES[n % POST_PLACES.length];
        return new PostalAddress(STREETS[n % STREETS.length] + " " + (1 + n % 47), place[0], place[1]);
    }

    /** One family, in the state its number gives: from no request yet to a coordinator appointed. */
    /** One family in the state its number gives; {@code fixed} its chain's dates, or null to spread them. */
    private UUID family(
            int n,
            Random random,
            SyntheticNationalIds ids,
            List<StaffSummary> coordinators,
            LocalDate today,
            Chain fixed) {
        String familyName = FAMILY[random.nextInt(FAMILY.length)];
        List<NewGuardian> guardians = new ArrayList<>();
        LocalDate adultBirth = today.minusYears(28 + random.nextInt(20)).minusDays(random.nextInt(365));
        guardians.add(new NewGuardian(
                n % 11 == 3 ? ids.dNumber(adultBirth) : ids.birthNumber(adultBirth),
                ADULT[random.nextInt(ADULT.length)],
                familyName,
                true,
                "9" + (1000000 + random.nextInt(8999999)),
                null,
                address(n)));
        if (random.nextInt(3) > 0) {
            LocalDate second = adultBirth.plusDays(random.nextInt(1500) - 750);
            guardians.add(new NewGuardian(
                    ids.birthNumber(second),
                    ADULT[random.nextInt(ADULT.length)],
                    random.nextBoolean() ? familyName : FAMILY[random.nextInt(FAMILY.length)],
                    true,
                    null,
                    null,
                    address(n % 5 == 4 ? n + 100 : n)));
        }
        List<NewChild> children = new ArrayList<>();
        LocalDate childBirth = n % 13 == 5
                ? today.minusYears(17).minusDays(300 - random.nextInt(200)) // turns 18 soon
                : today.minusYears(random.nextInt(16)).minusDays(random.nextInt(365));
        children.add(new NewChild(
                ids.birthNumber(childBirth), GIVEN[random.nextInt(GIVEN.length)], familyName, childBirth, null, null));
        if (n % 4 == 1) {
            LocalDate sibling = today.minusYears(random.nextInt(10)).minusDays(random.nextInt(365));
            children.add(new NewChild(
                    ids.birthNumber(sibling), GIVEN[random.nextInt(GIVEN.length)], familyName, sibling, null, null));
        }
        if (n % 9 == 2) {
            children.add(new NewChild(
                    null,
                    null,
                    familyName,
                    null,
                    today.plusDays(30 + random.nextInt(150)),
                    n % 2 == 0 ? ExpectedKind.PREGNANCY : ExpectedKind.ADOPTION));
        }
        UUID familyId = families.registerFamily(new NewFamily(
                municipality.name(), "9" + (1000000 + random.nextInt(8999999)), null, guardians, children));
        int state = n % 8;
        if (state == 0) {
            if (n % 16 == 0) {
                // services in health and care and another sector, no request: on KE's outreach list
                UUID first = families.getFamily(familyId).children().get(0).id();
                services(familyId, first, today.minusDays(random.nextInt(700)));
                outreach.informSome(familyId, n, random, today);
            }
            return familyId; // registered, no request yet
        }
        var family = families.getFamily(familyId);
        UUID childId = family.children().get(0).id();
        LocalDate received =
                state == 2 ? today.minusDays(35 + random.nextInt(30)) : today.minusDays(random.nextInt(20));
        RequestChannel channel = RequestChannel.values()[random.nextInt(5)];
        Chain chain = fixed != null
                ? fixed
                : state >= 5 ? Chain.spread(n, seed, today, childBirth) : new Chain(received, today, today);
        at(chain.received(), () -> request(n, familyId, childId, chain, channel, coordinators, state, today));
        return familyId;
    }

    /**
     * The dates of a family's chain. A finished chain (appointed, or refused) lies between 2 and 23
     * months back, spread over the months by the family's number (so that the dashboard's 24-month
     * trend has a shape), and never before the child was born; the requests still handled stay
     * recent, as the worklist shows them waiting.
     */
    record Chain(LocalDate received, LocalDate decided, LocalDate appointed) {

        static Chain spread(int n, long seed, LocalDate today, LocalDate childBirth) {
            Random dates = new Random(seed * 31 + n);
            int finished = (n / 8) * 3 + (n % 8 - 5);
            LocalDate received = today.minusMonths(2 + (finished * 7L) % 22).minusDays(dates.nextInt(25));
            if (received.isBefore(childBirth.plusDays(14))) {
                received = childBirth.plusDays(14);
            }
            LocalDate decided = received.plusDays(7 + dates.nextInt(20));
            LocalDate appointed = decided.plusDays(3 + dates.nextInt(14));
            if (appointed.isAfter(today)) { // a child born a few weeks ago: as late as the birth allows
                appointed = today;
                decided = today.minusDays(2).isBefore(childBirth) ? today : today.minusDays(2);
                received = today.minusDays(4).isBefore(childBirth) ? decided : today.minusDays(4);
            }
            return new Chain(received, decided, appointed);
        }
    }

    private void at(LocalDate day, Runnable work) {
        if (clock instanceof DemoClock demo) {
            demo.on(day, work);
        } else {
            work.run(); // not in demo mode (the benchmark's data set): today
        }
    }

    /** The request and what follows it, each step on its day of the chain. */
    private void request(
            int n,
            UUID familyId,
            UUID childId,
            Chain chain,
            RequestChannel channel,
            List<StaffSummary> coordinators,
            int state,
            LocalDate today) {
        var family = families.getFamily(familyId);
        LocalDate received = chain.received();
        UUID requestId = requests.registerRequest(new NewRequest(
                familyId,
                channel,
                received,
                RequesterKind.GUARDIAN,
                family.guardians().get(0).id(),
                null,
                null,
                "Vi trenger en som holder oversikten over alle tjenestene og tar telefonene.",
                Set.of(childId)));
        if (state <= 2) {
            return; // received, some of them overdue
        }
        services(familyId, childId, received);
        // for a year, or (an older request) until a year from today, so that it still holds
        LocalDate expires =
                received.plusYears(1).isAfter(today.plusMonths(2)) ? received.plusYears(1) : today.plusYears(1);
        consent(familyId, childId, received, expires);
        UUID assessmentId = assessments.startAssessment(requestId, childId);
        boolean general = state == 7;
        boolean refused = state == 6;
        AssessmentContent content = content(state == 3, general, refused);
        assessments.saveDraft(
                assessmentId, assessments.getAssessment(assessmentId).version(), content);
        if (state == 3) {
            return; // under assessment
        }
        DecisionOutcome decided = refused
                ? DecisionOutcome.REFUSED
                : general ? DecisionOutcome.GRANTED_GENERAL_COORDINATOR : DecisionOutcome.GRANTED_CHILD_COORDINATOR;
        UUID[] decisionId = new UUID[1];
        at(
                chain.decided(),
                () -> decisionId[0] = decisions.decide(
                        assessmentId,
                        new DecisionDraft(
                                decided,
                                content.ageReason(),
                                content.illnessReason(),
                                content.needReason(),
                                refused
                                        ? "Vilkårene for barnekoordinator og koordinator er ikke oppfylt."
                                        : "Familien har rett til koordinator, se begrunnelsen for hvert vilkår.",
                                new ChildVoice(
                                        content.childViews(),
                                        content.childViewsHow(),
                                        null,
                                        "Barnets ønske om én voksen å snakke med er lagt stor vekt på."))));
        if (state == 4 || state == 6) {
            return; // granted and waiting for an appointment, or refused
        }
        StaffSummary coordinator = coordinators.get(n % coordinators.size());
        LocalDate appointed = chain.appointed();
        at(
                appointed,
                () -> appointments.appointCoordinator(
                        decisionId[0],
                        new AppointmentDraft(
                                coordinator.id(),
                                FamilyWish.PERSON,
                                new WishedPerson(
                                        coordinator.fullName(),
                                        null,
                                        coordinator.unitName(),
                                        coordinator.phone(),
                                        coordinator.id()),
                                null,
                                new ChildVoice(
                                        "Ønsker en som kjenner skolen.",
                                        "Samtale med barnet",
                                        null,
                                        "Ønsket er fulgt: koordinatoren kjenner skolen."),
                                null,
                                new AppointmentConsent(AppointmentConsentGiver.GUARDIANS, appointed.minusDays(1)),
                                new Delegation(
                                        "Kommunedirektøren (delegeringsreglementet)",
                                        appointed.minusDays(1),
                                        null,
                                        "Enhetsleder"),
                                hours(3 + n % 6))));
    }

    private static java.math.BigDecimal hours(int hours) {
        return java.math.BigDecimal.valueOf(hours);
    }

    /** The guardians' consent for the providers that give services, for health information and the plan. */
    private void consent(UUID familyId, UUID childId, LocalDate since, LocalDate expires) {
        var family = families.getFamily(familyId);
        var byName = providers.allProviders().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.name(), p -> p.id()));
        consents.recordConsent(
                familyId,
                new ConsentRules.NewConsent(
                        childId,
                        ConsentGiver.GUARDIANS,
                        family.guardians().stream()
                                .filter(g -> g.parentalResponsibility())
                                .map(g -> g.id())
                                .collect(java.util.stream.Collectors.toSet()),
                        Set.of(
                                byName.get("Fysio- og ergoterapitjenesten"),
                                byName.get("Habiliteringstjenesten for barn, Demo sykehus"),
                                byName.get("Solbakken skole")),
                        EnumSet.of(
                                InformationKind.HEALTH,
                                InformationKind.SCHOOL,
                                InformationKind.INDIVIDUAL_PLAN,
                                InformationKind.MEETING_MINUTES),
                        ConsentForm.WRITTEN,
                        since,
                        expires));
    }

    /** What the child receives, has applied for and needs, across sectors. */
    private void services(UUID familyId, UUID childId, LocalDate since) {
        var byName = providers.allProviders().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.name(), p -> p.id()));
        services.recordService(
                familyId,
                new ServicePicture.NewService(
                        childId,
                        byName.get("Fysio- og ergoterapitjenesten"),
                        null,
                        ServiceStatus.RECEIVED,
                        "Fysioterapi to ganger i uka",
                        since.minusMonths(6),
                        null));
        services.recordService(
                familyId,
                new ServicePicture.NewService(
                        childId,
                        byName.get("Habiliteringstjenesten for barn, Demo sykehus"),
                        null,
                        ServiceStatus.RECEIVED,
                        "Oppfølging og kartlegging",
                        since.minusYears(1),
                        null));
        services.recordService(
                familyId,
                new ServicePicture.NewService(
                        childId,
                        byName.get("PP-tjenesten"),
                        null,
                        ServiceStatus.APPLIED,
                        "Sakkyndig vurdering av behov for spesialundervisning",
                        since,
                        null));
        services.recordService(
                familyId,
                new ServicePicture.NewService(
                        childId,
                        null,
                        "HEALTH_CARE",
                        ServiceStatus.UNMET_NEED,
                        "Avlastning for foreldrene",
                        null,
                        null));
    }

    private static AssessmentContent content(boolean draft, boolean general, boolean refused) {
        Conclusion need = draft ? Conclusion.UNCLEAR : general || refused ? Conclusion.NOT_MET : Conclusion.MET;
        return new AssessmentContent(
                Conclusion.MET,
                "Barnet er under 18 år.",
                EnumSet.of(IllnessKind.SOMATIC, IllnessKind.COGNITIVE),
                refused ? Conclusion.NOT_MET : Conclusion.MET,
                refused
                        ? "Barnet har ikke alvorlig sykdom, skade eller nedsatt funksjonsevne."
                        : "Barnet har en alvorlig og sammensatt funksjonsnedsettelse.",
                !refused,
                !refused,
                !refused,
                !general && !refused,
                need,
                general
                        ? "Behovet gjelder bare helse- og omsorgstjenester."
                        : refused
                                ? "Barnet har ikke behov for langvarige og koordinerte tjenester."
                                : "Barnet trenger langvarige, koordinerte helse-, skole- og Nav-tjenester.",
                List.of(
                        new AssessmentContent.SectorNeed("HEALTH_CARE", "Fysioterapi", "Avlastning"),
                        new AssessmentContent.SectorNeed("SCHOOL", "Spesialundervisning", null)),
                "Barnet sier at det vil ha én voksen å snakke med.",
                "Samtale hjemme med barnet og foreldrene",
                null,
                "Foreldrene ønsker en fast kontaktperson.");
    }

    /** One demo login. */
    public record DemoLogin(String username, String description) {}
}
