package no.helhet.request;

/** How a request reached the municipality. */
public enum RequestChannel {
    PHONE(true),
    MEETING(true),
    LETTER(false),
    EMAIL(false),
    WEB_FORM(false),
    OWN_INITIATIVE(false),
    /** Written: sent by a logged-in guardian or youth from the family portal (ADR 0014). */
    PORTAL(false);

    private final boolean oral;

    RequestChannel(boolean oral) {
        this.oral = oral;
    }

    public boolean oral() {
        return oral;
    }

    /** The channels staff choose from when they register a request (a portal request registers itself). */
    public static RequestChannel[] registeredByStaff() {
        return java.util.Arrays.stream(values()).filter(c -> c != PORTAL).toArray(RequestChannel[]::new);
    }
}
