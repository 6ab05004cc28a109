package no.helhet.complaint;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * The complaint period of a letter: it runs from the day the family received the letter (for post,
 * {@code helhet.rules.post-received-after} after it was posted) and its last day is that day plus
 * {@code helhet.rules.complaint-deadline}. A complaint received on the last day is in time.
 *
 * @param letterReceivedOn the day the family received the letter
 * @param lastDay the last day a complaint is in time
 */
public record ComplaintDeadline(LocalDate letterReceivedOn, LocalDate lastDay) {

    static ComplaintDeadline from(LocalDate letterReceivedOn, Period period) {
        return new ComplaintDeadline(letterReceivedOn, letterReceivedOn.plus(period));
    }

    /** Whether a complaint received on that day is late. */
    public boolean lateOn(LocalDate complaintReceivedOn) {
        return complaintReceivedOn.isAfter(lastDay);
    }

    /** Days left to complain counted from a day: 0 on the last day, negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, lastDay);
    }
}
