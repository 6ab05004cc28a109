package no.helhet.meeting;

/** Approved minutes cannot be edited: write an addendum. */
public class MinutesLockedException extends RuntimeException {

    public MinutesLockedException() {
        super("approved minutes are locked");
    }
}
