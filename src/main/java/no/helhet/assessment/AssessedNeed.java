package no.helhet.assessment;

import org.springframework.data.relational.core.mapping.Table;

/** Condition (c) in one sector: what the child receives and what is not met (part of the assessment). */
@Table("assessed_need")
record AssessedNeed(String sectorCode, String currentServices, String unmetNeeds) {}
