package no.helhet.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffFixtures;
import no.helhet.staff.StaffRole;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The worklist sorted by its columns (ADR 0017): a whitelisted sort parameter in SQL, unknown input
 * falls back to the default without an error, both directions in the right order, and paging and
 * the filters keep the sort. Each test narrows the worklist to requests assigned to a caseworker of
 * its own, so that other tests' requests in the shared database do not count.
 */
@IntegrationTest
class WorklistSortingTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffFixtures staffFixtures;

    @Autowired
    StaffDirectory staff;

    @Autowired
    RequestAssignments assignments;

    @Autowired
    RequestService requests;

    private UUID keUnit;

    @BeforeEach
    void keUnit() {
        keUnit = staff.findStaffByUsername("ke").orElseThrow().unitId();
    }

    @Test
    void sortsByAColumnInBothDirectionsAndMarksTheHeader() throws Exception {
        UUID caseworker = aCaseworker("sortering1");
        LocalDate today = requests.today();
        UUID oldest = assignedRequest("Eldstesen", today.minusDays(30), caseworker);
        UUID middle = assignedRequest("Midtsen", today.minusDays(20), caseworker);
        UUID newest = assignedRequest("Nyesen", today.minusDays(10), caseworker);
        String base = "/worklist?status=ALL&assigned=" + caseworker;

        String asc = body(base + "&sort=received&dir=asc");
        assertThat(order(asc, oldest, middle, newest)).isTrue();
        assertThat(asc)
                .contains("aria-sort=\"ascending\"><a class=\"hh-sort\" href=\"/worklist?status=ALL&amp;assigned="
                        + caseworker + "&amp;sort=received&amp;dir=desc\">");

        String desc = body(base + "&sort=received&dir=desc");
        assertThat(order(desc, newest, middle, oldest)).isTrue();
        assertThat(desc).contains("aria-sort=\"descending\"");

        // The days waiting run the other way round from the day received.
        String longestWaitingFirst = body(base + "&sort=waiting&dir=desc");
        assertThat(order(longestWaitingFirst, oldest, middle, newest)).isTrue();
    }

    @Test
    void anUnknownColumnOrDirectionIsTheDefaultNotAnError() throws Exception {
        UUID caseworker = aCaseworker("sortering2");
        LocalDate today = requests.today();
        UUID older = assignedRequest("Ukjentsen", today.minusDays(8), caseworker);
        UUID newer = assignedRequest("Ukjentsen", today.minusDays(2), caseworker);
        String base = "/worklist?status=ALL&assigned=" + caseworker;
        for (String nonsense : List.of(
                "&sort=family_id;drop%20table%20family&dir=desc",
                "&sort=received_on&dir=desc", "&sort=RECEIVED_DESC", "&sort=received&dir=sideways", "&sort=&dir=")) {
            String page = body(base + nonsense);
            assertThat(order(page, older, newer)).as(nonsense).isTrue();
            assertThat(page)
                    .as(nonsense)
                    .contains("aria-sort=\"ascending\"><a class=\"hh-sort\" href=\"/worklist?status=ALL&amp;assigned="
                            + caseworker + "&amp;sort=received&amp;dir=desc\">");
        }
    }

    @Test
    void pagingKeepsTheSortAndTheFilters() throws Exception {
        UUID caseworker = aCaseworker("sortering3");
        LocalDate today = requests.today();
        List<UUID> byAge = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            byAge.add(assignedRequest("Sidesen", today.minusDays(40 - i), caseworker));
        }
        String base = "/worklist?status=ALL&assigned=" + caseworker;
        String first = body(base + "&sort=received&dir=desc");
        assertThat(first)
                .contains("/requests/" + byAge.get(20))
                .doesNotContain("/requests/" + byAge.get(0) + "\"")
                .contains("href=\"/worklist?status=ALL&amp;assigned=" + caseworker
                        + "&amp;sort=received&amp;dir=desc&amp;page=1\"");
        String second = body(base + "&sort=received&dir=desc&page=1");
        assertThat(second).contains("/requests/" + byAge.get(0) + "\"").doesNotContain("/requests/" + byAge.get(20));
        // A header on the second page sorts the other way and stays on the page, with the filters.
        assertThat(second)
                .contains("href=\"/worklist?status=ALL&amp;assigned=" + caseworker
                        + "&amp;sort=received&amp;dir=asc&amp;page=1\"")
                .contains("name=\"sort\" value=\"received\"")
                .contains("name=\"dir\" value=\"desc\"");
    }

    @Test
    void otherListsAcceptTheSameParameter() {
        for (String list : List.of(
                "/complaints?sort=deadline&dir=desc",
                "/complaints?sort=nonsense",
                "/outreach?sort=family&dir=desc",
                "/outreach?sort=x;y",
                "/my-tasks?sort=due&dir=desc&page=3",
                "/providers?sort=law&dir=desc",
                "/providers?sort=name%20desc",
                "/training?sort=topic",
                "/my-cases?sort=waiting&dir=desc",
                "/my-cases?sort=')--")) {
            assertThat(mvc.get().uri(list).with(fixtures.as("ke"))).as(list).hasStatusOk();
        }
        for (String list :
                List.of("/admin/staff?sort=unit&dir=desc", "/admin/units?sort=capacity", "/admin/staff?sort=1")) {
            assertThat(mvc.get().uri(list).with(fixtures.as("admin"))).as(list).hasStatusOk();
        }
        for (String list : List.of("/login-failures?sort=client&dir=desc", "/retention?sort=due&dir=desc")) {
            assertThat(mvc.get().uri(list).with(fixtures.as("kelead"))).as(list).hasStatusOk();
        }
        assertThat(mvc.get().uri("/my-families?sort=kind&dir=desc").with(fixtures.as("koord1")))
                .hasStatusOk();
    }

    private String body(String uri) throws Exception {
        var result = mvc.get().uri(uri).with(fixtures.as("ke")).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean order(String body, UUID... requestIds) {
        int last = -1;
        for (UUID id : requestIds) {
            int at = body.indexOf("/requests/" + id + "\"");
            if (at <= last) {
                return false;
            }
            last = at;
        }
        return true;
    }

    private UUID aCaseworker(String username) {
        return staffFixtures
                .aStaffMember(username)
                .named("Saks " + username)
                .as(StaffRole.KE_CASEWORKER)
                .inUnit(keUnit)
                .build();
    }

    private UUID assignedRequest(String familyName, LocalDate receivedOn, UUID caseworker) {
        FamilyDetails family = fixtures.aFamily(familyName, 8);
        UUID requestId = fixtures.aRequest(family, receivedOn);
        assignments.assign(requestId, caseworker, assignments.of(requestId).version());
        return requestId;
    }
}
