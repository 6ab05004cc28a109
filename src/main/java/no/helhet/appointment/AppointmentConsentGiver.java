package no.helhet.appointment;

/** Who consents to the appointment (LAW.md §1 item 4): the parents, or the youth from the configured age. */
public enum AppointmentConsentGiver {
    GUARDIANS,
    YOUTH
}
