package no.helhet.request;

import java.util.Arrays;
import java.util.List;

/**
 * A step of the chain the case page shows at its top: request, assessment, decision, appointment,
 * then the individual plan. The current step is where the request stands; the steps before it are
 * done; after a refusal no later step follows.
 */
public enum CaseStep {
    REQUEST,
    ASSESSMENT,
    DECISION,
    APPOINTMENT,
    PLAN;

    /** A step and its state for one request: {@code done}, {@code current}, {@code later} or {@code none}. */
    public record Shown(CaseStep step, String state) {

        public boolean current() {
            return "current".equals(state);
        }
    }

    /** Every step, with its state for a request in this status. */
    public static List<Shown> of(RequestStatus status) {
        CaseStep current = current(status);
        return Arrays.stream(values())
                .map(step -> new Shown(step, stateOf(step, current, status)))
                .toList();
    }

    /** The step a request in this status stands at. */
    public static CaseStep current(RequestStatus status) {
        return switch (status) {
            case RECEIVED -> REQUEST;
            case UNDER_ASSESSMENT -> ASSESSMENT;
            case GRANTED, REFUSED -> DECISION;
            case APPOINTED -> APPOINTMENT;
        };
    }

    private static String stateOf(CaseStep step, CaseStep current, RequestStatus status) {
        if (step.ordinal() < current.ordinal()) {
            return "done";
        }
        if (step == current) {
            return "current";
        }
        return status == RequestStatus.REFUSED ? "none" : "later";
    }
}
