package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helhet.audit.AccessRule;
import no.helhet.audit.CaseWorkAccess;
import no.helhet.audit.FamilyAccess;
import no.helhet.audit.OwnWorkAccess;
import no.helhet.complaint.ComplainantKind;
import no.helhet.complaint.ComplaintKind;
import no.helhet.complaint.ComplaintService;
import no.helhet.complaint.ComplaintSubject;
import no.helhet.complaint.Concern;
import no.helhet.consent.ConsentForm;
import no.helhet.consent.ConsentGiver;
import no.helhet.consent.ConsentRules.NewConsent;
import no.helhet.consent.ConsentService;
import no.helhet.consent.InformationKind;
import no.helhet.family.FamilyDetails;
import no.helhet.meeting.MeetingKind;
import no.helhet.meeting.MeetingService;
import no.helhet.meeting.Participant;
import no.helhet.meeting.ParticipantKind;
import no.helhet.plan.PlanService;
import no.helhet.provider.ProviderRegister;
import no.helhet.provider.ServicePicture;
import no.helhet.provider.ServiceStatus;
import no.helhet.shared.NoFamilyData;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The endpoint inventory (issue 12): every handler of the running application, enumerated from
 * Spring MVC's own handler mapping, declares its access rule; and every handler of family data and of
 * the coordinating unit's case work is tried by every role on another family (one the role has no
 * right to), and with unknown ids, the ids in the path or in the query/form fields as the handler
 * declares them. No role outside the rule is let through, and a refusal on another family's data
 * answers exactly as an unknown id does, so nothing tells whether a family or record exists.
 */
@IntegrationTest
class EndpointInventoryTest {

    /**
     * Roles that are refused on a family none of them works for (no appointment, no consent), and a
     * guardian of another family logged in to the family portal ({@code FAMILY}).
     */
    private static final String FAMILY = "guardian of another family";

    private static final List<String> OUTSIDERS = List.of("koord1", "leder", "admin", "skole", FAMILY);

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    no.helhet.support.FamilyPortalLogins familyLogins;

    /** The family of the {@code FAMILY} outsider. */
    private FamilyDetails outsiderFamily;

    @Autowired
    UserDetailsService users;

    @Autowired
    ServicePicture services;

    @Autowired
    ConsentService consents;

    @Autowired
    ProviderRegister providers;

    @Autowired
    MeetingService meetings;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ComplaintService complaints;

    @Autowired
    no.helhet.appointment.AppointmentService appointments;

    @Autowired
    no.helhet.staff.StaffDirectory staff;

    @Test
    void everyHandlerOfTheRunningApplicationDeclaresExactlyOneAccessRule() {
        List<String> undeclared = new ArrayList<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("no.helhet")) {
                return;
            }
            long rules =
                    List.of(FamilyAccess.class, CaseWorkAccess.class, OwnWorkAccess.class, NoFamilyData.class).stream()
                            .filter(method::hasMethodAnnotation)
                            .count();
            if (rules != 1) {
                undeclared.add(info + " declares " + rules);
            }
        });
        assertThat(undeclared).isEmpty();
        assertThat(handlers.getHandlerMethods()).hasSizeGreaterThan(50);
    }

    @Test
    void noRoleOutsideTheRuleGetsThroughAndARefusalLooksLikeNotFound() {
        Map<String, String> ids = anotherFamilyWithOneOfEverything();
        outsiderFamily = fixtures.aFamily("Utenforstaaende", 9);
        List<String> unexpected = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                handlers.getHandlerMethods().entrySet()) {
            HandlerMethod method = entry.getValue();
            FamilyAccess family = method.getMethodAnnotation(FamilyAccess.class);
            CaseWorkAccess caseWork = method.getMethodAnnotation(CaseWorkAccess.class);
            if (family == null && caseWork == null) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                for (HttpMethod http : methodsOf(entry.getKey())) {
                    for (String role : OUTSIDERS) {
                        String what = http + " " + pattern + " as " + role;
                        int other = status(http, pattern, family, ids::get, role);
                        int unknown = status(
                                http, pattern, family, name -> UUID.randomUUID().toString(), role);
                        tried++;
                        if (other < 400 || other >= 500) {
                            unexpected.add(what + ": another family's data answered " + other);
                        }
                        if (family != null && other != unknown) {
                            unexpected.add(what + ": refused " + other + " but unknown " + unknown);
                        }
                    }
                    if (family != null && family.rule() == AccessRule.ACCESS_LOG) {
                        int ke = status(http, pattern, family, ids::get, "ke");
                        if (ke != 404) {
                            unexpected.add(http + " " + pattern + " as ke: the access log answered " + ke);
                        }
                    }
                }
            }
        }
        assertThat(unexpected).isEmpty();
        assertThat(tried).isGreaterThan(100);
    }

    /** Sends one request with the ids filled in, in the path where the pattern names them, else as parameters. */
    private int status(
            HttpMethod http, String pattern, FamilyAccess family, Function<String, String> idOf, String role) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.endsWith("Id") ? valueOf(idOf, name) : "1";
            values.put(name, value);
            m.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        m.appendTail(uri);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(http, uri.toString());
        if (family != null && !values.containsKey(family.id())) {
            request.param(family.id(), valueOf(idOf, family.id()));
        }
        request.with(FAMILY.equals(role) ? familyLogins.asGuardian(outsiderFamily) : fixtures.as(role));
        if (http != HttpMethod.GET) {
            request.with(csrf());
        }
        return mvc.perform(request).getResponse().getStatus();
    }

    private static String valueOf(Function<String, String> idOf, String name) {
        String value = idOf.apply(name);
        return value == null ? UUID.randomUUID().toString() : value;
    }

    private static List<HttpMethod> methodsOf(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        if (methods.isEmpty()) {
            return List.of(HttpMethod.GET);
        }
        return methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
    }

    /**
     * A family with a request, an assessment, a decision (and its letter), a service and a consent
     * for another provider than the test's provider contact, an individual plan with that provider's
     * measure, and a meeting: the real ids, by name.
     */
    private Map<String, String> anotherFamilyWithOneOfEverything() {
        Map<String, String> ids = new HashMap<>();
        asCaseworker(() -> {
            FamilyDetails family = fixtures.aFamily("Inventarsen", 11);
            UUID child = family.children().get(0).id();
            UUID bup = providers.allProviders().stream()
                    .filter(p -> p.name().equals("BUP Demo"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            UUID decisionId = fixtures.aGrantedDecision(family);
            ids.put("familyId", family.id().toString());
            UUID appointmentId = appointments.appointCoordinator(
                    decisionId,
                    no.helhet.appointment.AppointmentFixtures.draft(
                            staff.findStaffByUsername("koord2").orElseThrow().id()));
            ids.put("appointmentId", appointmentId.toString());
            UUID exportId = UUID.randomUUID();
            jdbc.sql("""
                            insert into case_export (id, family_id, appointment_id, new_municipality, consent_given_by,
                                consent_given_on, exported_on, json_content, pdf_content, created_at, created_by)
                            values (:id, :family, :appointment, 'Bergen', 'GUARDIANS', current_date, current_date,
                                '{}', '\\x25504446', now(), 'ke')
                            """)
                    .param("id", exportId)
                    .param("family", family.id())
                    .param("appointment", appointmentId)
                    .update();
            ids.put("caseExportId", exportId.toString());
            ids.put("childId", child.toString());
            ids.put("decisionId", decisionId.toString());
            ids.put(
                    "assessmentId",
                    jdbc.sql("select eligibility_assessment_id from decision where id = :id")
                            .param("id", decisionId)
                            .query(String.class)
                            .single());
            ids.put(
                    "requestId",
                    jdbc.sql("select coordinator_request_id from eligibility_assessment where id = cast(:id as uuid)")
                            .param("id", ids.get("assessmentId"))
                            .query(String.class)
                            .single());
            jdbc.sql("select id from document where family_id = :id limit 1")
                    .param("id", family.id())
                    .query(String.class)
                    .optional()
                    .ifPresent(d -> ids.put("documentId", d));
            ids.put(
                    "serviceId",
                    services.recordService(
                                    family.id(),
                                    new ServicePicture.NewService(
                                            child, bup, null, ServiceStatus.RECEIVED, "Samtaler", null, null))
                            .toString());
            ids.put(
                    "consentId",
                    consents.recordConsent(
                                    family.id(),
                                    new NewConsent(
                                            child,
                                            ConsentGiver.GUARDIANS,
                                            Set.of(family.guardians().get(0).id()),
                                            Set.of(bup),
                                            EnumSet.allOf(InformationKind.class),
                                            ConsentForm.WRITTEN,
                                            consents.today(),
                                            null))
                            .toString());
            UUID planId = plans.startPlan(family.id(), child, null);
            ids.put("planId", planId.toString());
            ids.put(
                    "measureId",
                    plans.addMeasure(
                                    planId,
                                    new PlanService.NewMeasure(
                                            null, "Samtaler", null, null, bup, null, null, null, null))
                            .toString());
            ids.put(
                    "complaintId",
                    complaints
                            .register(
                                    family.id(),
                                    new ComplaintService.NewComplaint(
                                            ComplaintKind.FAILURE_TO_FULFIL,
                                            complaints.today(),
                                            ComplainantKind.YOUTH,
                                            null,
                                            null,
                                            null,
                                            new Concern(
                                                    ComplaintSubject.SERVICE,
                                                    null,
                                                    null,
                                                    null,
                                                    null,
                                                    null,
                                                    null,
                                                    java.util.Optional.empty()),
                                            "Ingen koordinator ennå.",
                                            null,
                                            null,
                                            false,
                                            null))
                            .toString());
            ids.put(
                    "meetingId",
                    meetings.schedule(
                                    family.id(),
                                    new MeetingService.NewMeeting(
                                            MeetingKind.COOPERATION,
                                            LocalDateTime.now().plusDays(3),
                                            60,
                                            "Skolen",
                                            null,
                                            "Oppstart",
                                            Set.of(new Participant(ParticipantKind.STAFF, "Kari Nordmann", null))))
                            .meetingId()
                            .toString());
        });
        return ids;
    }

    private void asCaseworker(Runnable work) {
        var ke = users.loadUserByUsername("ke");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(ke, null, ke.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
