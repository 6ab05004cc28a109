package no.helhet.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's load: logged-in users in a realistic mix over the generated data set. KE
 * caseworkers use the worklist, the family page, the request page, the chronology, the plan page and
 * the dashboard and write
 * (register a request, add a note, record a service); coordinators use "Mine familier" and their
 * families' pages. Each user logs in once, then picks pages by weight for the warm-up and the
 * measured period; warm-up requests are named "warm-up: ..." and left out of the report.
 *
 * <p>The mix is the lists {@link #KE_PAGES} and {@link #COORDINATOR_PAGES}: a page added to the
 * application is one more entry. System properties: {@code bench.baseUrl}
 * (http://localhost:8080), {@code bench.families} (as generated), {@code bench.users} (32),
 * {@code bench.warmup} (60 s), {@code bench.duration} (300 s).
 */
public class HelhetSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8080");
    static final int USERS = Integer.getInteger("bench.users", 32);
    static final int WARMUP = Integer.getInteger("bench.warmup", 60);
    static final int DURATION = Integer.getInteger("bench.duration", 300);

    static final BenchData DATA = BenchData.fromProperties();

    /** A page of the mix: its name in the report, its weight (percent) and what a user does. */
    record Page(String name, double weight, java.util.function.Function<String, ChainBuilder> request) {}

    static ChainBuilder family(int fromState, int toState) {
        return exec(session -> {
            int i = DATA.family(ThreadLocalRandom.current(), fromState, toState);
            return session.set("i", i)
                    .set("familyId", BenchData.family(i).toString())
                    .set("requestId", BenchData.request(i).toString())
                    .set("planId", BenchData.plan(i).toString())
                    .set("childId", BenchData.firstChild(i).toString())
                    .set("guardianId", BenchData.firstGuardian(i).toString())
                    .set("providerId", DATA.provider(i).toString())
                    .set("today", LocalDate.now().toString());
        });
    }

    static ChainBuilder get(String name, String path) {
        return timed(name, http(name).get(path).check(responseTimeInMillis().saveAs("rt"), status().is(200)));
    }

    /**
     * The request, then its response time and outcome into {@link PageTimes} (Gatling's HTML report
     * needs gatling-charts-highcharts, which is not open source; see docs/performance.md).
     */
    static ChainBuilder timed(String name, io.gatling.javaapi.http.HttpRequestActionBuilder request) {
        return exec(session -> session.remove("rt").markAsSucceeded())
                .exec(request)
                .exec(session -> {
                    PageTimes.record(name, session.contains("rt") ? session.getInt("rt") : -1, session.isFailed());
                    return session.markAsSucceeded();
                });
    }

    /** The KE caseworkers' mix. */
    static final List<Page> KE_PAGES = List.of(
            new Page("worklist", 20, n -> get(n, "/worklist")),
            new Page("family page", 25, n -> family(0, 99).exec(get(n, "/families/#{familyId}"))),
            new Page("request page", 15, n -> family(5, 99).exec(get(n, "/requests/#{requestId}"))),
            new Page("chronology", 10, n -> family(5, 99).exec(get(n, "/families/#{familyId}/chronology"))),
            new Page("plan page", 10, n -> family(26, 99).exec(get(n, "/plans/#{planId}"))),
            new Page("dashboard", 5, n -> get(n, "/overview")),
            new Page("register a request", 5, n -> family(0, 4)
                    .exec(timed(n + " (form)", http(n + " (form)")
                            .get("/families/#{familyId}/requests/new")
                            .check(responseTimeInMillis().saveAs("rt"), status().is(200))
                            .check(css("input[name=_csrf]", "value").saveAs("csrf"))))
                    .exec(timed(n, http(n)
                            .post("/families/#{familyId}/requests")
                            .formParam("_csrf", "#{csrf}")
                            .formParam("channel", "PHONE")
                            .formParam("receivedOn", "#{today}")
                            .formParam("requesterKind", "GUARDIAN")
                            .formParam("requesterGuardianId", "#{guardianId}")
                            .formParam("familyWords", "Vi trenger hjelp til å samordne tjenestene.")
                            .formParam("childIds", "#{childId}")
                            .disableFollowRedirect()
                            .check(responseTimeInMillis().saveAs("rt"), status().is(302))))),
            new Page("add a note", 5, n -> family(5, 99)
                    .exec(timed(n + " (form)", http(n + " (form)")
                            .get("/families/#{familyId}/notes/new")
                            .check(responseTimeInMillis().saveAs("rt"), status().is(200))
                            .check(css("input[name=_csrf]", "value").saveAs("csrf"))))
                    .exec(timed(n, http(n)
                            .post("/families/#{familyId}/notes")
                            .formParam("_csrf", "#{csrf}")
                            .formParam("childId", "#{childId}")
                            .formParam("notedOn", "#{today}")
                            .formParam("text", "Telefon med mor om skoleskyss.")
                            .disableFollowRedirect()
                            .check(responseTimeInMillis().saveAs("rt"), status().is(302))))),
            new Page("record a service", 5, n -> family(5, 99)
                    .exec(timed(n + " (form)", http(n + " (form)")
                            .get("/families/#{familyId}/services/new")
                            .check(responseTimeInMillis().saveAs("rt"), status().is(200))
                            .check(css("input[name=_csrf]", "value").saveAs("csrf"))))
                    .exec(timed(n, http(n)
                            .post("/families/#{familyId}/services")
                            .formParam("_csrf", "#{csrf}")
                            .formParam("childId", "#{childId}")
                            .formParam("status", "APPLIED")
                            .formParam("providerId", "#{providerId}")
                            .formParam("description", "Avlastning")
                            .disableFollowRedirect()
                            .check(responseTimeInMillis().saveAs("rt"), status().is(302))))));

    /** The coordinators' mix: their own families. */
    static final List<Page> COORDINATOR_PAGES = List.of(
            new Page("my families", 60, n -> get(n, "/my-families")),
            new Page("family page (coordinator)", 40, n -> exec(session -> {
                        int i = session.getInt("own");
                        return session.set("familyId", BenchData.family(i).toString());
                    })
                    .exec(get(n, "/families/#{familyId}"))));

    static ChainBuilder login(String username) {
        return exec(http("login page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("login")
                        .post("/login")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("username", username)
                        .formParam("password", Generate.PASSWORD)
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .check(header("Location").transform(l -> l.contains("error")).is(false)));
    }

    static ChainBuilder mix(List<Page> pages, String prefix, int seconds) {
        List<Choice.WithWeight> choices = new ArrayList<>();
        for (Page p : pages) {
            choices.add(percent(p.weight()).then(p.request().apply(prefix + p.name())));
        }
        return during(Duration.ofSeconds(seconds))
                .on(randomSwitch().on(choices.toArray(Choice.WithWeight[]::new)));
    }

    static final AtomicInteger NEXT = new AtomicInteger();

    ScenarioBuilder caseworkers = scenario("KE caseworkers")
            .exec(session -> session.set("username", DATA.caseworker(NEXT.getAndIncrement())))
            .exec(login("#{username}"))
            .exec(mix(KE_PAGES, "warm-up: ", WARMUP))
            .exec(mix(KE_PAGES, "", DURATION));

    ScenarioBuilder coordinators = scenario("Coordinators")
            .exec(session -> {
                int own = DATA.family(new Random(), 26, 99);
                return session.set("own", own).set("username", DATA.coordinatorOf(own));
            })
            .exec(login("#{username}"))
            .exec(mix(COORDINATOR_PAGES, "warm-up: ", WARMUP))
            .exec(mix(COORDINATOR_PAGES, "", DURATION));

    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL).acceptHeader("text/html").disableCaching();

    {
        int coordinatorUsers = Math.max(1, USERS / 4);
        setUp(
                        caseworkers.injectOpen(atOnceUsers(USERS - coordinatorUsers)),
                        coordinators.injectOpen(atOnceUsers(coordinatorUsers)))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(WARMUP + DURATION + 120));
    }

    /** In the same run, after the load: the same pages' SQL straight against PostgreSQL. */
    @Override
    public void after() {
        PageTimes.write();
        RawSql.measureAndWrite(DATA);
    }
}
