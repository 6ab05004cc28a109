package no.helhet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import no.helhet.appointment.AppointmentStatistics;
import no.helhet.appointment.CoordinatorKind;
import no.helhet.request.RequestStatistics;
import no.helhet.support.DemoData;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo data lie over the last 24 months, so that every chart of the dashboard has a shape: the
 * finished chains (appointed or refused) spread over the months, each in order (received, then
 * decided, then appointed), the requests still handled recent. With the demo's own size (40
 * families), as the run command loads it.
 */
@IntegrationTest
@DemoData
@TestPropertySource(properties = "helhet.demo.families=40")
class DemoHistoryTest {

    @Autowired
    RequestStatistics requests;

    @Autowired
    AppointmentStatistics appointments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void requestsWereReceivedInAtLeastTwelveOfTheLast24Months() {
        YearMonth now = YearMonth.now(clock);
        Map<YearMonth, Long> received = requests.receivedPerMonth(now.minusMonths(23), now);
        assertThat(received.values().stream().filter(n -> n > 0).count()).isGreaterThanOrEqualTo(12);
        assertThat(jdbc.sql("select count(*) from coordinator_request where received_on > :today")
                        .param("today", java.sql.Date.valueOf(LocalDate.now(clock)))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void eachChainIsInOrderReceivedDecidedAppointed() {
        List<Map<String, Object>> chains = jdbc.sql("""
                        select r.received_on, r.decided_on, r.closed_on, r.status,
                               (select d.decided_on from decision d where d.coordinator_request_id = r.id) as decision_on,
                               (select min(a.starts_on) from appointment a where a.coordinator_request_id = r.id) as starts_on
                        from coordinator_request r where r.decided_on is not null
                        """).query().listOfRows();
        assertThat(chains).hasSizeGreaterThan(10);
        for (Map<String, Object> c : chains) {
            LocalDate received = ((java.sql.Date) c.get("received_on")).toLocalDate();
            LocalDate decided = ((java.sql.Date) c.get("decided_on")).toLocalDate();
            assertThat(decided).as("%s", c).isAfterOrEqualTo(received);
            assertThat(c.get("decision_on")).as("%s", c).isEqualTo(c.get("decided_on"));
            if ("APPOINTED".equals(c.get("status"))) {
                LocalDate appointed = ((java.sql.Date) c.get("closed_on")).toLocalDate();
                assertThat(decided).as("%s", c).isAfter(received);
                assertThat(appointed).as("%s", c).isAfter(decided);
                assertThat(c.get("starts_on")).as("%s", c).isEqualTo(c.get("closed_on"));
            }
        }
    }

    @Test
    void theFamiliesWithACoordinatorGrowOverTheMonthsAndTheWaitingRequestsAreRecent() {
        YearMonth now = YearMonth.now(clock);
        var months = appointments.familiesPerMonth(now.minusMonths(23), now);
        long first = months.get(now.minusMonths(23)).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        long last = months.get(now).get(CoordinatorKind.CHILD) + months.get(now).get(CoordinatorKind.GENERAL);
        long distinct = months.values().stream()
                .map(m -> m.values().stream().mapToLong(Long::longValue).sum())
                .distinct()
                .count();
        assertThat(first).isLessThan(last);
        assertThat(distinct).as("a shape, not a step").isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("select min(received_on) from coordinator_request where decided_on is null")
                        .query(java.sql.Date.class)
                        .single()
                        .toLocalDate())
                .isAfter(LocalDate.now(clock).minusDays(70));
    }
}
