package no.helhet.report;

import java.util.List;

/** The leaders' overview: how many families have a coordinator, how long requests wait, which units carry coordinators. */
record Overview(
        Count childCoordinators,
        Count generalCoordinators,
        Count waiting,
        Count overdue,
        Long medianDaysWaiting,
        List<OutcomeRow> decisionsThisYear,
        List<UnitRow> coordinatorsByUnit,
        List<FigureRow> furtherFigures) {

    record OutcomeRow(String outcome, Count count) {}

    record UnitRow(String unit, String sectorCode, Count families) {}

    /** A figure a later module offers ({@code request.WorkFigure}), e.g. plans past their evaluation date. */
    record FigureRow(String labelKey, Count count) {}
}
