package no.helhet.consent;

import org.springframework.data.relational.core.mapping.Table;

@Table("consent_information")
record ConsentedInformation(InformationKind kind) {}
