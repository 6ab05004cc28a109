package no.helhet.appointment;

import java.time.LocalDate;

/** The family's consent to the appointment: who gave it and when. */
public record AppointmentConsent(AppointmentConsentGiver givenBy, LocalDate givenOn) {}
