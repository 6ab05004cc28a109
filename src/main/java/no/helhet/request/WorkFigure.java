package no.helhet.request;

import java.time.LocalDate;

/**
 * A count a later module adds to the coordinating unit's worklist and the leaders' overview (e.g.
 * individual plans past their evaluation date), so that neither depends on that module.
 */
public interface WorkFigure {

    /** The message key of the figure's label. */
    String labelKey();

    /** The figure on a day. */
    long count(LocalDate today);
}
