package no.helhet.request;

/** How a request reached the municipality. */
public enum RequestChannel {
    PHONE(true),
    MEETING(true),
    LETTER(false),
    EMAIL(false),
    WEB_FORM(false),
    OWN_INITIATIVE(false);

    private final boolean oral;

    RequestChannel(boolean oral) {
        this.oral = oral;
    }

    public boolean oral() {
        return oral;
    }
}
