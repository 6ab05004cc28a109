package no.helhet.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class FamilyControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyService families;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersAFamilyWithABornAndAnExpectedChild() throws Exception {
        String guardianId = Fixtures.syntheticId(LocalDate.of(1986, 4, 2));
        String childId = Fixtures.syntheticId(LocalDate.of(2016, 6, 1));
        MvcTestResult result = mvc.post()
                .uri("/families")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("addressMunicipality", "Demo kommune")
                .param("guardians[0].nationalId", guardianId)
                .param("guardians[0].givenName", "Line")
                .param("guardians[0].familyName", "Testesen")
                .param("guardians[0].parentalResponsibility", "true")
                .param("children[0].status", "BORN")
                .param("children[0].nationalId", childId)
                .param("children[0].givenName", "Sara")
                .param("children[0].familyName", "Testesen")
                .param("children[1].status", "EXPECTED")
                .param("children[1].expectedDate", "2027-03-01")
                .param("children[1].expectedKind", "PREGNANCY")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/families/").doesNotContain(guardianId).doesNotContain(childId);

        MvcTestResult page = mvc.get().uri(location).with(fixtures.as("ke")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("Sara Testesen")
                .contains(childId.substring(0, 6) + " *****")
                .doesNotContain(childId)
                .contains("Forventet (svangerskap) 01.03.2027")
                .contains("Fyller 18 år");
        assertThat(page.getResponse().getContentAsString())
                .as("every module's section, each under its heading in the shared section fragment")
                .containsPattern(
                        "<h2 class=\"ds-heading\" data-size=\"md\" id=\"section-[a-z]+\">Ønsker om koordinator</h2>")
                .containsPattern("<h2 class=\"ds-heading\" data-size=\"md\" id=\"section-[a-z]+\">Koordinator</h2>")
                .containsPattern(
                        "<h2 class=\"ds-heading\" data-size=\"md\" id=\"section-[a-z]+\">Tjenester og behov</h2>")
                .containsPattern("<h2 class=\"ds-heading\" data-size=\"md\" id=\"section-[a-z]+\">Samtykke</h2>")
                .containsPattern(
                        "<h2 class=\"ds-heading\" data-size=\"md\" id=\"section-[a-z]+\">Samarbeid og samordning</h2>")
                .containsPattern("<h2 class=\"ds-heading\" data-size=\"md\" id=\"section-[a-z]+\">Møter</h2>")
                .containsPattern("<h2 class=\"ds-heading\" data-size=\"md\" id=\"section-[a-z]+\">Journalnotater</h2>")
                .containsPattern("<h2 class=\"ds-heading\" data-size=\"md\" id=\"section-[a-z]+\">Brev</h2>")
                .contains("Skriv journalnotat")
                .contains("Ingen notater er skrevet.");
    }

    @Test
    void aWrongNationalIdIsShownNextToTheFieldAndTheInputIsKept() {
        MvcTestResult result = mvc.post()
                .uri("/families")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("addressMunicipality", "Demo kommune")
                .param("guardians[0].nationalId", "15076500566")
                .param("guardians[0].givenName", "Line")
                .param("guardians[0].familyName", "Feilsen")
                .param("children[0].status", "EXPECTED")
                .param("children[0].expectedDate", "not-a-date")
                .param("children[0].expectedKind", "ADOPTION")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("kontrollsifrene stemmer ikke")
                .contains("Skriv en gyldig dato.")
                .contains("value=\"15076500566\"")
                .contains("value=\"Feilsen\"")
                .contains("aria-invalid=\"true\"");
        assertThat(families.search("Feilsen")).isEmpty();
    }

    @Test
    void searchIsAPostSoTheIdNeverTravelsInAUrlAndHitsAreMasked() {
        FamilyDetails family = fixtures.aFamily("Søkesen", 9);
        String childNationalId = jdbc.sql("select national_id from child where family_id = :id")
                .param("id", family.id())
                .query(String.class)
                .single();
        Jar session = new Jar();
        String page = searchFor(childNationalId, session);
        assertThat(page).contains("/families/" + family.id()).contains("Søkesen");
        // The number is only in the search field (the query kept), not in the hits.
        assertThat(page.replace("value=\"" + childNationalId + "\"", "")).doesNotContain(childNationalId);
        assertThat(searchFor("søkes", session)).contains("/families/" + family.id());
    }

    @Test
    void quickSearchFindsByPartialIdByDateOfBirthAndByNameWithResultsThatCanBeToldApart() {
        FamilyDetails family = fixtures.aFamily("Hurtigsøk", 7);
        family = families.getFamily(family.id());
        var child = family.children().get(0);
        String childNationalId = jdbc.sql("select national_id from child where id = :id")
                .param("id", child.id())
                .query(String.class)
                .single();
        Jar session = new Jar();

        // Part of a national id: seven digits from the middle of the child's.
        String byPartialId = searchFor(childNationalId.substring(2, 9), session);
        assertThat(byPartialId)
                .contains("/families/" + family.id())
                // Told apart: the children with birth dates and ages, and where the family lives.
                .contains("Emma Hurtigsøk, født "
                        + String.format(
                                "%02d.%02d.%d",
                                child.birthDate().getDayOfMonth(),
                                child.birthDate().getMonthValue(),
                                child.birthDate().getYear())
                        + " (7 år)")
                .contains("Bor i " + family.addressMunicipality())
                .doesNotContain(childNationalId);

        // A date of birth, as dd.mm.yyyy.
        String date = String.format(
                "%d.%d.%d",
                child.birthDate().getDayOfMonth(),
                child.birthDate().getMonthValue(),
                child.birthDate().getYear());
        assertThat(searchFor(date, session)).contains("/families/" + family.id());

        // A part of a name, any case.
        assertThat(searchFor("hurtigs", session)).contains("/families/" + family.id());
        assertThat(searchFor("Ingenslikesen", session)).doesNotContain("/families/" + family.id());
    }

    @Test
    void aSearchResultHasAnOpaqueUrlThatCanBeReturnedToButNotFromAnotherSession() {
        FamilyDetails family = fixtures.aFamily("Tilbakesen", 5);
        String nationalId = jdbc.sql("select national_id from guardian where family_id = :id")
                .param("id", family.id())
                .query(String.class)
                .single();
        Jar session = new Jar();
        MvcTestResult posted = mvc.post()
                .uri("/families/search")
                .cookie(session.cookies())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("query", nationalId)
                .exchange();
        session.keep(posted);
        assertThat(posted).hasStatus(HttpStatus.FOUND);
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location)
                .matches("/families/search/[A-Za-z0-9_-]{16}")
                .doesNotContain(nationalId)
                .doesNotContain(nationalId.substring(0, 6));

        // Back to the same URL later: the same result, the query kept in the form.
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.get().uri(location).cookie(session.cookies()).with(fixtures.as("ke")))
                    .hasStatusOk()
                    .bodyText()
                    .contains("/families/" + family.id())
                    .contains("value=\"" + nationalId + "\"");
        }
        // Another session (someone who got the link) finds nothing: the search has expired for them.
        assertThat(mvc.get().uri(location).cookie(new Jar().cookies()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Søket er utløpt")
                .doesNotContain("/families/" + family.id());
        // A blank query goes back to the empty form.
        assertThat(mvc.post()
                        .uri("/families/search")
                        .cookie(session.cookies())
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("query", "  "))
                .hasRedirectedUrl("/families/search");
    }

    @Test
    void theFamilyPageOpensWithTheChildrenAndAnInPageNavigationToEverySectionHeading() throws Exception {
        FamilyDetails family = fixtures.aFamily("Oversiktsen", 6);
        String page = mvc.get()
                .uri("/families/" + family.id())
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // The summary comes before the first section, with each child's age.
        assertThat(page.indexOf("Kort om familien")).isPositive().isLessThan(page.indexOf("id=\"section-contact\""));
        assertThat(page).contains("Emma Oversiktsen, 6 år");
        // Every link of the in-page navigation points at a heading on the page, and every section has one.
        String nav = page.substring(
                page.indexOf("<nav class=\"hh-in-page\""),
                page.indexOf("</nav>", page.indexOf("<nav class=\"hh-in-page\"")));
        var links = java.util.regex.Pattern.compile("href=\"#(section-[a-z]+)\"")
                .matcher(nav)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(links)
                .contains("section-contact", "section-children", "section-request", "section-appointment")
                .contains("section-meeting", "section-consent", "section-plan", "section-task", "section-document")
                .doesNotHaveDuplicates();
        for (String id : links) {
            assertThat(page).containsPattern("<h2[^>]* id=\"" + id + "\"");
        }
    }

    @Test
    void theHeaderHasTheQuickSearchForKeOnly() {
        assertThat(mvc.get().uri("/worklist").with(fixtures.as("ke")))
                .bodyText()
                .contains("<search class=\"hh-quick-search\">")
                .contains("id=\"hh-quick-search\"");
        assertThat(mvc.get().uri("/my-families").with(fixtures.as("koord1")))
                .bodyText()
                .doesNotContain("hh-quick-search");
    }

    /** Posts a search, follows the redirect in the same session, and returns the result page. */
    private String searchFor(String query, Jar session) {
        MvcTestResult posted = mvc.post()
                .uri("/families/search")
                .cookie(session.cookies())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("query", query)
                .exchange();
        session.keep(posted);
        assertThat(posted).hasStatus(HttpStatus.FOUND);
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/families/search/").doesNotContain(query);
        MvcTestResult result = mvc.get()
                .uri(location)
                .cookie(session.cookies())
                .with(fixtures.as("ke"))
                .exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void unknownAndMalformedIdsGiveTheNotFoundPage() {
        assertThat(mvc.get().uri("/families/" + UUID.randomUUID()).with(fixtures.as("ke")))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("Fant ikke siden");
        assertThat(mvc.get().uri("/families/not-a-uuid").with(fixtures.as("ke")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCoordinatorWithoutAnAppointmentSeesNothingAndTheRefusalIsLogged() {
        FamilyDetails family = fixtures.aFamily("Ukjentsen", 5);
        MvcTestResult result = mvc.get()
                .uri("/families/" + family.id())
                .with(fixtures.as("koord2"))
                .exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).bodyText().doesNotContain("Ukjentsen");
        Long denied = jdbc.sql("select count(*) from access_log where family_id = :id and outcome = 'DENIED'"
                        + " and username = 'koord2' and role = 'COORDINATOR' and unit_id is not null")
                .param("id", family.id())
                .query(Long.class)
                .single();
        assertThat(denied).isEqualTo(1);
    }

    @Test
    void leadersAndAdministratorsSeeNoFamily() {
        FamilyDetails family = fixtures.aFamily("Ledersen", 7);
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("leder")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("admin")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/worklist").with(fixtures.as("leder"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/families").with(fixtures.as("ke")).param("addressMunicipality", "X"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aConcurrentEditIsShownAndNothingIsOverwritten() {
        FamilyDetails family = fixtures.aFamily("Samtidigsen", 3);
        int seen = family.version();
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/contact")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("addressMunicipality", "Første kommune")
                        .param("version", String.valueOf(seen)))
                .hasStatus(HttpStatus.FOUND);
        MvcTestResult second = mvc.post()
                .uri("/families/" + family.id() + "/contact")
                .with(fixtures.as("ke2"))
                .with(csrf())
                .param("addressMunicipality", "Andre kommune")
                .param("version", String.valueOf(seen))
                .exchange();
        assertThat(second).hasStatusOk();
        assertThat(second).bodyText().contains("Noen andre har endret dette").contains("value=\"Andre kommune\"");
        assertThat(families.getFamily(family.id()).addressMunicipality()).isEqualTo("Første kommune");
    }

    @Test
    void aChildWhoseNationalIdIsAlreadyRegisteredPointsToTheExistingFamily() throws Exception {
        String childId = Fixtures.syntheticId(LocalDate.of(2015, 8, 14));
        MvcTestResult first = registerWithChild(childId, "Førstesen");
        assertThat(first).hasStatus(HttpStatus.FOUND);
        String existing = first.getResponse().getRedirectedUrl();

        MvcTestResult second = registerWithChild(childId, "Andresen");
        assertThat(second).hasStatusOk();
        assertThat(second)
                .bodyText()
                .contains("Et barn med dette fødselsnummeret er allerede registrert.")
                .contains("href=\"" + existing + "\"")
                .contains("Andresen");
        assertThat(jdbc.sql("select count(*) from child where national_id = :id")
                        .param("id", childId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // Adding the same child to another family is refused the same way.
        UUID other = fixtures.aFamily("Tredjesen", 4).id();
        MvcTestResult added = mvc.post()
                .uri("/families/" + other + "/children")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("status", "BORN")
                .param("nationalId", childId)
                .param("givenName", "Sara")
                .param("familyName", "Tredjesen")
                .exchange();
        assertThat(added).hasStatusOk().bodyText().contains("href=\"" + existing + "\"");
    }

    private MvcTestResult registerWithChild(String childId, String familyName) {
        return mvc.post()
                .uri("/families")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("addressMunicipality", "Demo kommune")
                .param("guardians[0].nationalId", Fixtures.syntheticId(LocalDate.of(1985, 1, 20)))
                .param("guardians[0].givenName", "Line")
                .param("guardians[0].familyName", familyName)
                .param("guardians[0].parentalResponsibility", "true")
                .param("children[0].status", "BORN")
                .param("children[0].nationalId", childId)
                .param("children[0].givenName", "Sara")
                .param("children[0].familyName", familyName)
                .exchange();
    }

    /** The session cookie of one browser (sessions are kept by Spring Session JDBC, not in the mock). */
    static final class Jar {
        private jakarta.servlet.http.Cookie session;

        jakarta.servlet.http.Cookie[] cookies() {
            return session == null
                    ? new jakarta.servlet.http.Cookie[] {new jakarta.servlet.http.Cookie("none", "none")}
                    : new jakarta.servlet.http.Cookie[] {session};
        }

        void keep(MvcTestResult result) {
            var c = result.getResponse().getCookie("SESSION");
            if (c != null) {
                session = c;
            }
        }
    }
}
