package no.helhet.outreach;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A staff member who took part in a training session. */
@Table("training_participant")
record TrainingParticipant(UUID staffId) {}
