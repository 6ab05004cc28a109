package no.helhet.familyportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.audit.FamilyMemberPrincipal;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.family.FamilyService;
import no.helhet.family.FamilyService.NewChild;
import no.helhet.family.FamilyService.NewFamily;
import no.helhet.family.FamilyService.NewGuardian;
import no.helhet.familyportal.FamilyLoginRefusedException.Reason;
import no.helhet.support.FamilyPortalLogins;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Who sees what in the family portal (ADR 0014): a guardian with parental responsibility sees the
 * family's children, one without it cannot log in, a youth logs in from 16 (not at 15 years and 364
 * days) and sees only themselves; another family's ids answer "not found"; staff pages are closed to
 * a family member and the family portal to staff; every access is logged as the family's own.
 */
@IntegrationTest
class FamilyPortalAccessTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    FamilyPortalLogins logins;

    @Autowired
    FamilyMemberIdentities identities;

    @Autowired
    FamilyService families;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGuardianWithParentalResponsibilitySeesTheChildrenAndTheAccessIsLoggedAsTheFamilysOwn() {
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Portalsen")
                .withGuardian("Kari")
                .withChild("Emma", 8)
                .withChild("Jonas", 12)
                .build();
        assertThat(mvc.get().uri("/family-portal").with(logins.asGuardian(family)))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/family-portal/families/" + family.id());
        assertThat(mvc.get().uri("/family-portal/families/" + family.id()).with(logins.asGuardian(family)))
                .hasStatusOk()
                .bodyText()
                .contains("Emma Portalsen", "Jonas Portalsen", "Kari Portalsen");

        Map<String, Object> row = jdbc.sql("""
                        select staff_id, username, role, unit_id, action, what, outcome from access_log
                        where family_id = :id order by chain_position desc limit 1
                        """).param("id", family.id()).query().singleRow();
        assertThat(row.get("staff_id")).isNull();
        assertThat(row.get("unit_id")).isNull();
        assertThat(row)
                .containsEntry("username", "Kari Portalsen")
                .containsEntry("role", "GUARDIAN")
                .containsEntry("action", "VIEW")
                .containsEntry("what", "family-portal.case")
                .containsEntry("outcome", "GRANTED");
    }

    @Test
    void anotherFamilysIdIsNotFoundAndTheRefusalIsLogged() {
        FamilyDetails mine = fixtures.aFamily("Egensen", 9);
        FamilyDetails theirs = fixtures.aFamily("Andresen", 9);
        assertThat(mvc.get().uri("/family-portal/families/" + theirs.id()).with(logins.asGuardian(mine)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .doesNotContain("Andresen");
        assertThat(mvc.get().uri("/family-portal/families/" + UUID.randomUUID()).with(logins.asGuardian(mine)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from access_log where family_id = :id and role = 'GUARDIAN'"
                                + " and outcome = 'DENIED'")
                        .param("id", theirs.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aGuardianWithoutParentalResponsibilitySeesNothingAndCannotLogIn() {
        LocalDate today = families.today();
        String without = Fixtures.syntheticId(today.minusYears(41));
        String with = Fixtures.syntheticId(today.minusYears(39));
        UUID familyId = families.registerFamily(new NewFamily(
                "Demo kommune",
                null,
                null,
                List.of(
                        new NewGuardian(with, "Mor", "Ansvarsen", true, null, null),
                        new NewGuardian(without, "Far", "Ansvarsen", false, null, null)),
                List.of(child("Lise", "Ansvarsen", today.minusYears(7)))));
        assertThatThrownBy(() -> identities.identify(without))
                .isInstanceOfSatisfying(
                        FamilyLoginRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOTHING_VISIBLE));
        FamilyDetails family = families.getFamily(familyId);
        UUID far = family.guardians().stream()
                .filter(g -> !g.parentalResponsibility())
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(identities.byPersonId(far)).isEmpty();
        FamilyMemberPrincipal mor = identities.identify(with);
        assertThat(mor.kind()).isEqualTo(FamilyMemberPrincipal.Kind.GUARDIAN);
        assertThat(mor.childIds()).containsExactly(family.children().get(0).id());
        assertThat(mor.toString()).doesNotContain(with).doesNotContain("Ansvarsen");
    }

    @Test
    void aYouthIsRefusedAtFifteenYearsAnd364DaysAndAtSixteenSeesOnlyThemselves() {
        LocalDate today = families.today();
        String almost = Fixtures.syntheticId(today.minusYears(16).plusDays(1));
        String sixteen = Fixtures.syntheticId(today.minusYears(16));
        UUID familyId = families.registerFamily(new NewFamily(
                "Demo kommune",
                null,
                null,
                List.of(new NewGuardian(
                        Fixtures.syntheticId(today.minusYears(45)), "Mona", "Ungdal", true, null, null)),
                List.of(
                        new NewChild(sixteen, "Sara", "Ungdal", today.minusYears(16), null, null),
                        new NewChild(
                                almost, "Tor", "Ungdal", today.minusYears(16).plusDays(1), null, null))));
        assertThatThrownBy(() -> identities.identify(almost))
                .isInstanceOfSatisfying(
                        FamilyLoginRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_YOUNG));

        FamilyMemberPrincipal sara = identities.identify(sixteen);
        FamilyDetails family = families.getFamily(familyId);
        UUID saraId = childNamed(family, "Sara");
        assertThat(sara.kind()).isEqualTo(FamilyMemberPrincipal.Kind.YOUTH);
        assertThat(sara.personId()).isEqualTo(saraId);
        assertThat(sara.childIds()).containsExactly(saraId);
        assertThat(mvc.get().uri("/family-portal/families/" + familyId).with(FamilyPortalLogins.as(sara)))
                .hasStatusOk()
                .bodyText()
                .contains("Sara Ungdal")
                .doesNotContain("Tor Ungdal");
        assertThat(jdbc.sql("select count(*) from access_log where family_id = :id and role = 'YOUTH'"
                                + " and username = 'Sara Ungdal' and outcome = 'GRANTED'")
                        .param("id", familyId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anUnknownNationalIdIsRefused() {
        assertThatThrownBy(() -> identities.identify(
                        Fixtures.syntheticId(families.today().minusYears(30))))
                .isInstanceOfSatisfying(
                        FamilyLoginRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN));
        assertThatThrownBy(() -> identities.identify(null)).isInstanceOf(FamilyLoginRefusedException.class);
    }

    @Test
    void aFamilyMemberReachesNoStaffPageAndStaffNoFamilyPortalPage() {
        FamilyDetails family = fixtures.aFamily("Skillesen", 10);
        for (String staffPage :
                List.of("/worklist", "/families/" + family.id(), "/my-tasks", "/admin/staff", "/overview")) {
            assertThat(mvc.get().uri(staffPage).with(logins.asGuardian(family)))
                    .as(staffPage)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(mvc.get().uri("/").with(logins.asGuardian(family)))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/family-portal");
        for (String user : List.of("ke", "koord1", "leder", "admin")) {
            assertThat(mvc.get().uri("/family-portal/families/" + family.id()).with(fixtures.as(user)))
                    .as(user)
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/family-portal").with(fixtures.as(user))).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/family-portal/families/" + family.id()).with(fixtures.as("skole")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/family-portal/families/" + family.id()))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/family-portal/login");
    }

    @Test
    void theLoginPageSaysWhenIdPortenIsNotSetUp() {
        assertThat(mvc.get().uri("/family-portal/login").param("lang", "en"))
                .hasStatusOk()
                .bodyText()
                .contains("Login for families is not switched on in this municipality yet")
                .doesNotContain("/oauth2/authorization/idporten");
    }

    private static NewChild child(String given, String family, LocalDate born) {
        return new NewChild(Fixtures.syntheticId(born), given, family, born, null, null);
    }

    private static UUID childNamed(FamilyDetails family, String given) {
        return family.children().stream()
                .filter(c -> given.equals(c.givenName()))
                .map(ChildSummary::id)
                .findFirst()
                .orElseThrow();
    }
}
