package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Item 7 of issue 12: bad input to the forms is never a 500 and never stored. A NUL character, a
 * 1 MB text, the years 0 and 9999, a {@code javascript:} link: each gets a message in the user's
 * language next to the field, with the input kept; a list index above the binder's limit and a NUL in
 * a single parameter are a 400 page.
 */
@IntegrationTest
class InputBoundsTest {

    private static final String ONE_MB = "x".repeat(1024 * 1024);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    static FamilyDetails family;

    @BeforeEach
    void aFamily() {
        if (family == null) {
            family = fixtures.aFamily("Grensesen", 10);
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("note", "text", "Mor\u0000ringte", "ugyldig tegn", "Mor"),
                Arguments.of("note", "text", ONE_MB, "for lang", null),
                Arguments.of("note", "notedOn", "0000-01-01", "mellom år 1900 og 2100", "0000-01-01"),
                Arguments.of("meeting", "date", "9999-12-31", "mellom år 1900 og 2100", "9999-12-31"),
                Arguments.of("meeting", "date", "0000-06-01", "mellom år 1900 og 2100", "0000-06-01"),
                Arguments.of("meeting", "agenda", "Dags\u0000orden", "ugyldig tegn", "Dags"),
                Arguments.of("meeting", "videoLink", "javascript:alert(1)", "nettadresse", "javascript:alert(1)"),
                Arguments.of("meeting", "videoLink", "data:text/html,hei", "nettadresse", "data:text/html,hei"),
                Arguments.of("meeting", "videoLink", "ftp://mote.example", "nettadresse", "ftp://mote.example"),
                Arguments.of("family", "guardians[0].givenName", "Li\u0000ne", "ugyldig tegn", null),
                Arguments.of("family", "addressMunicipality", ONE_MB, "for lang", null),
                Arguments.of("provider", "name", "Sko\u0000le", "ugyldig tegn", "Sko"));
    }

    @ParameterizedTest(name = "{0}.{1} = {3}")
    @MethodSource("badInput")
    void badInputGetsAMessageNextToTheFieldAndIsKept(
            String form, String field, String value, String message, String kept) {
        MvcTestResult result = post(form, field, value);
        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains(message);
        if (kept != null) {
            assertThat(result).bodyText().contains(kept);
        }
        assertThat(jdbc.sql("select count(*) from case_note where family_id = :id")
                        .param("id", family.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aGoodLinkIsAccepted() {
        assertThat(InputBounds.isWebAddress("https://meet.example.no/abc?x=1")).isTrue();
        assertThat(InputBounds.isWebAddress("http://localhost:8080/")).isTrue();
        assertThat(InputBounds.isWebAddress("javascript://%0aalert(1)")).isFalse();
        assertThat(InputBounds.isWebAddress("JaVaScRiPt:alert(1)")).isFalse();
        assertThat(InputBounds.isWebAddress("//evil.example")).isFalse();
        assertThat(InputBounds.isWebAddress("https:///nohost")).isFalse();
    }

    @Test
    void aListIndexAboveTheBindersLimitIsABadRequest() {
        assertThat(post("family", "children[5000].givenName", "Ola")).hasStatus(400);
        assertThat(post("family", "guardians[99999999].givenName", "Ola")).hasStatus(400);
    }

    @Test
    void aNulInASingleParameterIsABadRequest() {
        assertThat(mvc.post()
                        .uri("/families/search")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("query", "Han\u0000sen"))
                .hasStatus(400);
    }

    private MvcTestResult post(String form, String field, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        String uri = switch (form) {
            case "note" -> {
                params.put("notedOn", "2026-01-05");
                params.put("text", "Mor ringte.");
                yield "/families/" + family.id() + "/notes";
            }
            case "meeting" -> {
                params.put("kind", "RESPONSIBILITY_GROUP");
                params.put("date", "2026-12-01");
                params.put("time", "10:00");
                params.put("durationMinutes", "60");
                params.put("agenda", "Dagsorden");
                yield "/families/" + family.id() + "/meetings";
            }
            case "family" -> {
                params.put("addressMunicipality", "Demo kommune");
                params.put("guardians[0].givenName", "Line");
                params.put("guardians[0].familyName", "Grensesen");
                yield "/families";
            }
            case "provider" -> {
                params.put("name", "Grense skole");
                params.put("organisationNumber", "974760673");
                params.put("ownerType", "KINDERGARTEN_PUBLIC_GRANT");
                params.put("sectorCode", "KINDERGARTEN");
                params.put("law", "barnehageloven");
                yield "/providers";
            }
            default -> throw new IllegalArgumentException(form);
        };
        params.put(field, value);
        var request = mvc.post().uri(uri).with(fixtures.as("ke")).with(csrf());
        params.forEach(request::param);
        return request.exchange();
    }
}
