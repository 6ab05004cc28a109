package no.helhet.consent;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

@Table("consent_guardian")
record ConsentedGuardian(UUID guardianId) {}
