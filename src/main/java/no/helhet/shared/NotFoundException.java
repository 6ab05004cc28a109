package no.helhet.shared;

/** A record that does not exist (or that the caller may not know of): answered with a 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
