package no.helhet.report;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The dashboard's settings: the suppression limit and today's date (from the injected clock). */
@Component
class DashboardSettings {

    private final ReportProperties report;
    private final Clock clock;

    DashboardSettings(ReportProperties report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    int suppressBelow() {
        return report.suppressBelow();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
