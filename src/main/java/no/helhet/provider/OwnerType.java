package no.helhet.provider;

/** Who owns a service provider, as the cooperation rules of the 14 welfare laws list them. */
public enum OwnerType {
    MUNICIPAL,
    COUNTY,
    STATE,
    PRIVATE_ON_PUBLIC_BEHALF,
    KINDERGARTEN_PUBLIC_GRANT,
    SCHOOL_STATE_GRANT
}
