package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helhet.family.FamilyDetails;
import no.helhet.shared.OneTimeForm;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Item 7 of issue 12: a double-submitted form creates one record. Every POST handler that creates
 * something (its address ends in a collection, not an id or one of the named actions) is a
 * {@link OneTimeForm}; every one-time form answers a second submission of a token with where the
 * first one led, without running again; and the same POST sent twice creates one family, one note,
 * one provider.
 */
@IntegrationTest
class FormTokenTest {

    /** The last path segments of POST handlers that change or act on something that exists. */
    private static final Set<String> NOT_CREATING = Set.of(
            "handled",
            "done",
            "removal",
            "frame",
            "approval",
            "integrity",
            "minutes",
            "coordinator-need",
            "search",
            "contact",
            "birth",
            "address",
            "withdrawal",
            "coordination-responsibility",
            "wished-person-account",
            "status",
            "draft");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    private static final Pattern TOKEN = Pattern.compile("name=\"_formToken\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCreatingPostHandlerIsAOneTimeForm() {
        List<String> missing = new ArrayList<>();
        List<String> creating = new ArrayList<>();
        postHandlers().forEach((pattern, method) -> {
            String last = pattern.substring(pattern.lastIndexOf('/') + 1);
            boolean createsSomething = !last.startsWith("{") && !NOT_CREATING.contains(last);
            if (createsSomething) {
                creating.add(pattern);
            }
            if (createsSomething && !method.hasMethodAnnotation(OneTimeForm.class)) {
                missing.add(pattern);
            }
        });
        assertThat(missing).as("creating POST handlers without @OneTimeForm").isEmpty();
        assertThat(creating).hasSizeGreaterThan(20).contains("/families", "/families/{familyId}/notes");
    }

    @Test
    void everyOneTimeFormAnswersASecondSubmissionWithWhereTheFirstLed() {
        List<String> unexpected = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, HandlerMethod> e : postHandlers().entrySet()) {
            if (!e.getValue().hasMethodAnnotation(OneTimeForm.class)) {
                continue;
            }
            boolean familyPortal = e.getKey().startsWith("/family-portal");
            // A family member has no staff username: their tokens are recorded as "system".
            String role = familyPortal
                    ? "system"
                    : e.getKey().startsWith("/admin")
                            ? "admin"
                            : e.getKey().startsWith("/provider-portal") ? "skole" : "ke";
            UUID token = UUID.randomUUID();
            jdbc.sql("insert into form_submission (token, username, submitted_at, location)"
                            + " values (:t, :u, :now, '/made-by-the-first')")
                    .param("t", token)
                    .param("u", role)
                    .param("now", OffsetDateTime.now())
                    .update();
            String uri = VARIABLE.matcher(e.getKey())
                    .replaceAll(m -> UUID.randomUUID().toString());
            MvcTestResult result = mvc.post()
                    .uri(uri)
                    .with(
                            familyPortal
                                    ? no.helhet.support.FamilyPortalLogins.as(new no.helhet.audit.FamilyMemberPrincipal(
                                            UUID.randomUUID(),
                                            no.helhet.audit.FamilyMemberPrincipal.Kind.GUARDIAN,
                                            UUID.randomUUID(),
                                            "Kari",
                                            java.util.Set.of()))
                                    : fixtures.as(role))
                    .with(csrf())
                    .param(FormTokens.FIELD, token.toString())
                    .exchange();
            tried++;
            if (result.getResponse().getStatus() != 302
                    || !"/made-by-the-first".equals(result.getResponse().getRedirectedUrl())) {
                unexpected.add(uri + " answered " + result.getResponse().getStatus() + " "
                        + result.getResponse().getRedirectedUrl());
            }
            var flash = result.getMvcResult().getFlashMap();
            if (flash == null || !FormTokens.ALREADY_REGISTERED.equals(flash.get("saved"))) {
                unexpected.add(uri + " gave no 'already registered' message");
            }
        }
        assertThat(unexpected).isEmpty();
        assertThat(tried).isGreaterThan(20);
    }

    @Test
    void theSameFamilyFormSentTwiceRegistersOneFamilyAndTheSecondIsShownTheFirst() {
        String token = tokenOf("/families/new", "ke");
        String childId = Fixtures.syntheticId(LocalDate.of(2017, 3, 9));
        MvcTestResult first = postFamily(token, childId);
        MvcTestResult second = postFamily(token, childId);
        assertThat(first).hasStatus(HttpStatus.FOUND);
        assertThat(second).hasStatus(HttpStatus.FOUND);
        assertThat(second.getResponse().getRedirectedUrl())
                .isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(childrenWithId(childId)).isEqualTo(1);
        // The family page shows the flash message (MockMvc's flashAttr does not reach Spring Session's store).
        assertThat(second.getMvcResult().getFlashMap().get("saved")).isEqualTo(FormTokens.ALREADY_REGISTERED);
    }

    @Test
    void theSameNoteSentTwiceIsOneNoteAndAnotherUsersTokenCreatesNothing() {
        FamilyDetails family = fixtures.aFamily("Dobbeltsen", 9);
        String token = tokenOf("/families/" + family.id() + "/notes/new", "ke");
        for (int i = 0; i < 2; i++) {
            assertThat(postNote(family, token, "ke")).hasStatus(HttpStatus.FOUND);
        }
        assertThat(postNote(family, token, "ke2")).hasStatus(HttpStatus.CONFLICT);
        assertThat(notes(family)).isEqualTo(1);
        // A form sent without a token (an old page) still works, and a new token is a new note.
        assertThat(postNote(family, null, "ke")).hasStatus(HttpStatus.FOUND);
        assertThat(postNote(family, UUID.randomUUID().toString(), "ke")).hasStatus(HttpStatus.FOUND);
        assertThat(notes(family)).isEqualTo(3);
    }

    @Test
    void aFirstSubmissionWithErrorsReleasesItsTokenSoTheCorrectedFormIsRegistered() {
        FamilyDetails family = fixtures.aFamily("Rettesen", 9);
        String token = UUID.randomUUID().toString();
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/notes")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param(FormTokens.FIELD, token)
                        .param("notedOn", LocalDate.now().toString())
                        .param("text", ""))
                .hasStatusOk();
        assertThat(postNote(family, token, "ke")).hasStatus(HttpStatus.FOUND);
        assertThat(notes(family)).isEqualTo(1);
    }

    @Test
    void theSameProviderFormSentTwiceRegistersOneProvider() {
        String token = tokenOf("/providers/new", "ke");
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post()
                            .uri("/providers")
                            .with(fixtures.as("ke"))
                            .with(csrf())
                            .param(FormTokens.FIELD, token)
                            .param("name", "Dobbel barnehage")
                            .param("organisationNumber", "987654325")
                            .param("ownerType", "KINDERGARTEN_PUBLIC_GRANT")
                            .param("sectorCode", "KINDERGARTEN")
                            .param("law", "barnehageloven"))
                    .hasStatus(HttpStatus.FOUND);
        }
        assertThat(jdbc.sql("select count(*) from service_provider where name = 'Dobbel barnehage'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private Map<String, HandlerMethod> postHandlers() {
        Map<String, HandlerMethod> posts = new java.util.TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                handlers.getHandlerMethods().entrySet()) {
            if (e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)
                    && e.getValue().getBeanType().getPackageName().startsWith("no.helhet")) {
                e.getKey().getPatternValues().forEach(p -> posts.put(p, e.getValue()));
            }
        }
        return posts;
    }

    /** The token a rendered form carries. */
    private String tokenOf(String formPage, String role) {
        String page;
        try {
            page = mvc.get()
                    .uri(formPage)
                    .with(fixtures.as(role))
                    .exchange()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("a token in the form of " + formPage).isTrue();
        return m.group(1);
    }

    private MvcTestResult postFamily(String token, String childId) {
        return mvc.post()
                .uri("/families")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param(FormTokens.FIELD, token)
                .param("addressMunicipality", "Demo kommune")
                .param("guardians[0].nationalId", Fixtures.syntheticId(LocalDate.of(1984, 2, 3)))
                .param("guardians[0].givenName", "Dina")
                .param("guardians[0].familyName", "Dobbeltsen")
                .param("guardians[0].parentalResponsibility", "true")
                .param("children[0].status", "BORN")
                .param("children[0].nationalId", childId)
                .param("children[0].givenName", "Ole")
                .param("children[0].familyName", "Dobbeltsen")
                .exchange();
    }

    private MvcTestResult postNote(FamilyDetails family, String token, String role) {
        var post = mvc.post()
                .uri("/families/" + family.id() + "/notes")
                .with(fixtures.as(role))
                .with(csrf())
                .param("notedOn", LocalDate.now().toString())
                .param("text", "Mor ringte.");
        if (token != null) {
            post.param(FormTokens.FIELD, token);
        }
        return post.exchange();
    }

    private int childrenWithId(String nationalId) {
        return jdbc.sql("select count(*) from child where national_id = :id")
                .param("id", nationalId)
                .query(Integer.class)
                .single();
    }

    private int notes(FamilyDetails family) {
        return jdbc.sql("select count(*) from case_note where family_id = :id")
                .param("id", family.id())
                .query(Integer.class)
                .single();
    }
}
