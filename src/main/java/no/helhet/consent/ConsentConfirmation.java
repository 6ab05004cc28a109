package no.helhet.consent;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A guardian's confirmation of a consent given digitally (docs/adr/0015). */
@Table("consent_confirmation")
record ConsentConfirmation(UUID guardianId, Instant confirmedAt) {}
