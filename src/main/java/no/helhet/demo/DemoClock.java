package no.helhet.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The application's clock in demo mode: the system clock, except on the thread that builds the demo
 * data while it builds a step of a family's history ({@link #on}), when it shows that step's day. So
 * the demo's requests, decisions and appointments go through the real services and still lie over
 * the last 24 months, with every date the services set (the decision's date, the letter's, the
 * appointment's start, who/when columns) consistent with them. Every other thread (every web
 * request) sees the system clock.
 */
public final class DemoClock extends Clock {

    private static final ThreadLocal<Duration> BACK = new ThreadLocal<>();

    private final Clock system;

    public DemoClock(Clock system) {
        this.system = system;
    }

    /** Runs {@code work} on this thread with the clock showing {@code day} (at the present time of day). */
    void on(LocalDate day, Runnable work) {
        Duration before = BACK.get();
        BACK.set(Duration.ofDays(ChronoUnit.DAYS.between(day, LocalDate.now(system))));
        try {
            work.run();
        } finally {
            if (before == null) {
                BACK.remove();
            } else {
                BACK.set(before);
            }
        }
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(system.withZone(zone));
    }

    @Override
    public Instant instant() {
        Duration back = BACK.get();
        return back == null ? system.instant() : system.instant().minus(back);
    }
}
