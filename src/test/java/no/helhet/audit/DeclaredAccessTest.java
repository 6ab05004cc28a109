package no.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.UUID;
import no.helhet.assessment.AssessmentService;
import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The declared access rules are enforced before the handler runs, on the family the declared id belongs to. */
@IntegrationTest
class DeclaredAccessTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    RequestMappingHandlerMapping handlers;

    @Autowired
    DeclaredAccessInterceptor interceptor;

    @Test
    void everyDeclaredIdIsAParameterOfItsHandlerAndHasALocator() {
        handlers.getHandlerMethods().values().stream()
                .filter(h -> h.hasMethodAnnotation(FamilyAccess.class))
                .forEach(h -> {
                    String id = h.getMethodAnnotation(FamilyAccess.class).id();
                    assertThat(Arrays.stream(h.getMethod().getParameters()).map(DeclaredAccessTest::nameOf))
                            .as(h.toString())
                            .contains(id);
                    assertThat(interceptor.locates(id)).as(id).isTrue();
                });
    }

    @Test
    void anUnknownIdIsNotFoundAndNothingIsRecordedAsGranted() {
        long before = count("GRANTED");
        for (String uri : new String[] {
            "/requests/" + UUID.randomUUID(),
            "/assessments/" + UUID.randomUUID(),
            "/meetings/" + UUID.randomUUID(),
            "/families/" + UUID.randomUUID(),
            "/decisions/" + UUID.randomUUID() + "/appointments/new"
        }) {
            assertThat(mvc.get().uri(uri).with(fixtures.as("ke"))).as(uri).hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(count("GRANTED")).isEqualTo(before);
    }

    @Test
    void aCoordinatorNotAppointedIsRefusedBeforeTheHandlerRuns() {
        FamilyDetails family = fixtures.aFamily("Ukjentsen", 9);
        UUID requestId = fixtures.aRequest(family, assessments.today().minusDays(2));

        assertThat(mvc.get().uri("/requests/" + requestId).with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/requests/" + requestId + "/assessments")
                        .param("childId", family.children().get(0).id().toString())
                        .with(fixtures.as("ke"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(assessments.forRequest(requestId)).hasSize(1);

        // a coordinator may read the case of an appointed family only, and never starts an assessment
        assertThat(mvc.post()
                        .uri("/requests/" + requestId + "/assessments")
                        .param("childId", family.children().get(0).id().toString())
                        .with(fixtures.as("koord1"))
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(assessments.forRequest(requestId)).hasSize(1);

        var denied = jdbc.sql("select username, action, what from access_log"
                        + " where family_id = :id and outcome = 'DENIED' order by id")
                .param("id", family.id())
                .query()
                .listOfRows();
        assertThat(denied)
                .extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("what"))
                .containsExactly("koord1 VIEW request.case", "koord1 CHANGE assessment.start");
    }

    private long count(String outcome) {
        return jdbc.sql("select count(*) from access_log where outcome = :outcome")
                .param("outcome", outcome)
                .query(Long.class)
                .single();
    }

    private static String nameOf(Parameter p) {
        PathVariable path = p.getAnnotation(PathVariable.class);
        if (path != null && !path.value().isEmpty()) {
            return path.value();
        }
        RequestParam param = p.getAnnotation(RequestParam.class);
        if (param != null && !param.value().isEmpty()) {
            return param.value();
        }
        return p.getName();
    }
}
