package no.helhet.family;

/** A guardian's postal address, printed on letters: street (or post box), four-digit postcode, post place. */
public record PostalAddress(String street, String postcode, String place) {

    /** Whether there is enough to post a letter: a street, a postcode and a place. */
    public boolean complete() {
        return present(street) && present(postcode) && present(place);
    }

    /** "0150 Oslo", or what there is of it. */
    public String postcodeAndPlace() {
        return ((postcode == null ? "" : postcode) + " " + (place == null ? "" : place)).strip();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
