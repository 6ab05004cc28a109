package no.helhet.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The complaint period: four weeks from the day the family received the letter; the last day is in time. */
class ComplaintDeadlineTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void aComplaintOnTheLastDayIsInTimeAndTheDayAfterIsLate() {
        // Posted on Friday 6 March 2026, deemed received three days later (the post rule, LetterDispatches).
        LocalDate received = LocalDate.of(2026, 3, 9);
        ComplaintDeadline deadline = ComplaintDeadline.from(received, Period.ofDays(28));
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(deadline.lateOn(LocalDate.of(2026, 4, 6))).isFalse();
        assertThat(deadline.lateOn(LocalDate.of(2026, 4, 7))).isTrue();
        assertThat(deadline.lateOn(received)).isFalse();
    }

    @Test
    void daysLeftCountFromTheClocksToday() {
        ComplaintDeadline deadline = ComplaintDeadline.from(LocalDate.of(2026, 3, 9), Period.ofDays(28));
        assertThat(deadline.daysLeft(today("2026-04-03T23:30:00"))).isEqualTo(3);
        assertThat(deadline.daysLeft(today("2026-04-06T08:00:00"))).isZero();
        assertThat(deadline.daysLeft(today("2026-04-07T00:00:00"))).isEqualTo(-1);
    }

    private static LocalDate today(String localDateTime) {
        Clock clock = Clock.fixed(
                java.time.LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant(), OSLO);
        return LocalDate.now(clock);
    }
}
