package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helhet.HelhetApplication;
import no.helhet.assessment.AssessmentService;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyFixtures;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffFixtures;
import no.helhet.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Helhet as two nodes on one database, as behind a load balancer: one PostgreSQL server (started
 * here), two application contexts started against it as an external database ({@code
 * HELHET_DB_URL}), each on its own port. Nothing that matters may live in a node: the session, every
 * acknowledged write and the daily jobs must hold across nodes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final Pattern UUID_IN_LOCATION = Pattern.compile("/(requests|assessments)/([0-9a-f-]{36})");

    EmbeddedPostgres postgres;
    GreenMail smtp;
    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;

    @BeforeAll
    void startOneDatabaseAndTwoNodes() throws IOException {
        Path data = Path.of("target/test-pg/two-nodes-" + UUID.randomUUID());
        Files.createDirectories(data);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("timezone", "UTC")
                .start();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        // One after the other, as a rolling start would: the first migrates, the second finds the schema.
        first = node();
        second = node();
    }

    private ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(HelhetApplication.class)
                .profiles("test")
                // As command-line arguments, so that they win over application-test.yml.
                .run(
                        "--HELHET_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--HELHET_DB_USER=postgres",
                        "--HELHET_DB_PASSWORD=",
                        "--HELHET_PORT=0",
                        "--HELHET_DB_POOL_SIZE=5",
                        "--spring.mail.port=" + smtp.getSmtp().getPort());
    }

    @AfterAll
    void stop() throws IOException {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {first, second}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void theDailyJobsRunOnBothNodesAtOnceCreateEachTaskOnceAndSendEachDigestOnce() throws Exception {
        // A request waiting past the limit, registered by ke: the daily run owes ke one task and one digest.
        WebClient ke = new WebClient(port(first));
        assertThat(ke.logIn("ke", StaffFixtures.PASSWORD).statusCode()).isEqualTo(302);
        FamilyDetails family = first.getBean(FamilyFixtures.class)
                .aFamily()
                .named("Ventesen")
                .withChild("Ida", 9)
                .build();
        UUID requestId = registerRequest(ke, family, LocalDate.now().minusDays(40));

        runOnBothAtOnce("TaskGenerator.daily");
        runOnBothAtOnce("TaskDigest.daily");

        JdbcClient db = second.getBean(JdbcClient.class);
        UUID keId = second.getBean(StaffDirectory.class)
                .findStaffByUsername("ke")
                .orElseThrow()
                .id();
        assertThat(db.sql("select owner_id from task where source_id = :id")
                        .param("id", requestId)
                        .query(UUID.class)
                        .list())
                .as("the waiting request's task, created once")
                .containsExactly(keId);
        smtp.waitForIncomingEmail(5000, 1);
        Map<String, Integer> digestsPerReader = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            digestsPerReader.merge(recipient(m), 1, Integer::sum);
        }
        assertThat(digestsPerReader).as("digests per reader").containsEntry("ke@demo.kommune.no", 1);
        assertThat(digestsPerReader.values()).as("nobody gets the digest twice").containsOnly(1);
        assertThat(db.sql("select name from shedlock order by name")
                        .query(String.class)
                        .list())
                .as("each job ran under its lock")
                .containsExactly("task-digest", "task-generation");
    }

    @Test
    @Order(2)
    void theChainContinuesOnTheSecondNodeWhenTheFirstDiesWithEveryAcknowledgedWriteAndTheSession() {
        FamilyDetails family = first.getBean(FamilyFixtures.class)
                .aFamily()
                .named("Nodesen")
                .withChild("Emma", 8)
                .build();
        UUID childId = family.children().get(0).id();

        // Log in on the first node and take the chain to a saved assessment there.
        WebClient onFirst = new WebClient(port(first));
        assertThat(onFirst.logIn("ke", StaffFixtures.PASSWORD).statusCode()).isEqualTo(302);
        UUID requestId = registerRequest(onFirst, family, LocalDate.now().minusDays(2));
        JdbcClient db = second.getBean(JdbcClient.class);
        assertThat(db.sql("select count(*) from spring_session where principal_name = 'ke'")
                        .query(Long.class)
                        .single())
                .as("the login is a session in the database")
                .isPositive();
        HttpResponse<String> started = onFirst.post(
                "/requests/" + requestId + "/assessments",
                Map.of("childId", childId.toString()),
                "/requests/" + requestId);
        UUID assessmentId = idIn(started, "assessments");
        int version = first.getBean(AssessmentService.class)
                .getAssessment(assessmentId)
                .version();
        Map<String, String> content = new HashMap<>();
        content.put("version", String.valueOf(version));
        content.put("ageConclusion", "MET");
        content.put("ageReason", "Under 18 år.");
        content.put("illnessKinds", "SOMATIC");
        content.put("illnessConclusion", "MET");
        content.put("illnessReason", "Alvorlig sykdom, lagret paa node 1.");
        content.put("needLongTerm", "true");
        content.put("needComposite", "true");
        content.put("needHealthCare", "true");
        content.put("needOtherWelfare", "true");
        content.put("needConclusion", "MET");
        content.put("needReason", "Langvarige behov.");
        content.put("needs[0].sectorCode", "HEALTH_CARE");
        content.put("needs[0].currentServices", "Fysioterapi");
        HttpResponse<String> saved =
                onFirst.post("/assessments/" + assessmentId, content, "/assessments/" + assessmentId);
        assertThat(saved.statusCode()).as("assessment saved (acknowledged)").isEqualTo(302);

        // The first node dies in the middle of the chain.
        first.close();
        assertThat(first.isActive()).isFalse();

        // The same browser, sent to the second node by the load balancer: still logged in, nothing lost.
        WebClient onSecond = onFirst.onPort(port(second));
        HttpResponse<String> assessment = onSecond.get("/assessments/" + assessmentId);
        assertThat(assessment.statusCode())
                .as("still logged in on the second node")
                .isEqualTo(200);
        assertThat(assessment.body()).contains("Alvorlig sykdom, lagret paa node 1.");

        HttpResponse<String> decided = onSecond.post(
                "/assessments/" + assessmentId + "/decisions",
                Map.of(
                        "childNotHeardReason", "DECLINED",
                        "confirmed", "true",
                        "outcome", "GRANTED_CHILD_COORDINATOR",
                        "ageReason", "Barnet er under 18 år.",
                        "illnessReason", "Alvorlig sykdom.",
                        "needReason", "Langvarige behov.",
                        "summary", "Familien har rett til barnekoordinator."),
                "/assessments/" + assessmentId + "/decisions/new");
        assertThat(decided.statusCode()).as("decision made on the second node").isEqualTo(302);

        UUID decisionId = db.sql("select id from decision where eligibility_assessment_id = :id")
                .param("id", assessmentId)
                .query(UUID.class)
                .single();
        UUID koord1 = second.getBean(StaffDirectory.class)
                .findStaffByUsername("koord1")
                .orElseThrow()
                .id();
        HttpResponse<String> appointed = onSecond.post(
                "/decisions/" + decisionId + "/appointments",
                Map.ofEntries(
                        Map.entry("confirmed", "true"),
                        Map.entry("familyWish", "PERSON"),
                        Map.entry("wishedPersonName", "Hanne Lie"),
                        Map.entry("wishedStaffId", koord1.toString()),
                        Map.entry("childNotHeardReason", "DECLINED"),
                        Map.entry("coordinatorId", koord1.toString()),
                        Map.entry("consentGivenBy", "GUARDIANS"),
                        Map.entry("consentGivenOn", java.time.LocalDate.now().toString()),
                        Map.entry("delegationDecidedBy", "Kommunalsjef"),
                        Map.entry(
                                "delegationDecidedOn", java.time.LocalDate.now().toString()),
                        Map.entry("delegationUnitLeader", "Enhetsleder"),
                        Map.entry("reasonWishNotFollowed", "")),
                "/decisions/" + decisionId + "/appointments/new");
        assertThat(appointed.statusCode())
                .as("coordinator appointed on the second node")
                .isEqualTo(302);

        // Every write acknowledged by either node is there, once.
        assertThat(count(db, "select count(*) from coordinator_request where id = :id", requestId))
                .isEqualTo(1);
        assertThat(db.sql("select illness_reason from eligibility_assessment where id = :id")
                        .param("id", assessmentId)
                        .query(String.class)
                        .single())
                .isEqualTo("Alvorlig sykdom, lagret paa node 1.");
        assertThat(count(db, "select count(*) from decision where eligibility_assessment_id = :id", assessmentId))
                .isEqualTo(1);
        assertThat(count(db, "select count(*) from appointment where decision_id = :id", decisionId))
                .isEqualTo(1);
        HttpResponse<String> casePage = onSecond.get("/requests/" + requestId);
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body()).contains("Hanne Lie");
    }

    private static UUID registerRequest(WebClient client, FamilyDetails family, LocalDate receivedOn) {
        HttpResponse<String> registered = client.post(
                "/families/" + family.id() + "/requests",
                Map.of(
                        "channel",
                        "PHONE",
                        "receivedOn",
                        receivedOn.toString(),
                        "requesterKind",
                        "GUARDIAN",
                        "requesterGuardianId",
                        family.guardians().get(0).id().toString(),
                        "childIds",
                        family.children().get(0).id().toString(),
                        "familyWords",
                        "Vi trenger én å forholde oss til."),
                "/families/" + family.id() + "/requests/new");
        return idIn(registered, "requests");
    }

    private static UUID idIn(HttpResponse<String> redirect, String kind) {
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        Matcher m = UUID_IN_LOCATION.matcher(location);
        assertThat(m.find() && m.group(1).equals(kind))
                .as("redirect to " + kind + ": " + location)
                .isTrue();
        return UUID.fromString(m.group(2));
    }

    private static long count(JdbcClient db, String sql, UUID id) {
        return db.sql(sql).param("id", id).query(Long.class).single();
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    /** Runs a scheduled job on both nodes at the same moment, as both schedulers would fire it. */
    private void runOnBothAtOnce(String job) throws Exception {
        List<Runnable> runs = List.of(scheduled(first, job), scheduled(second, job));
        CyclicBarrier together = new CyclicBarrier(runs.size());
        ExecutorService pool = Executors.newFixedThreadPool(runs.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Runnable run : runs) {
                done.add(pool.submit(() -> {
                    together.await();
                    run.run();
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The job as the node's scheduler holds it (through the bean's proxy, so with its lock). */
    private static Runnable scheduled(ConfigurableApplicationContext node, String job) {
        List<ScheduledTask> all = node.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .toList();
        return all.stream()
                .filter(t -> t.toString().endsWith(job)
                        || t.getTask().getRunnable().toString().endsWith(job))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled " + job + " in " + all))
                .getTask()
                .getRunnable();
    }

    private static String recipient(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients()).replaceAll("[\\[\\]]", "");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
