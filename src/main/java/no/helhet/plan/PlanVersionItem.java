package no.helhet.plan;

import org.springframework.data.relational.core.mapping.Table;

/** One item of an approved version: a section, goal, measure or participant, as approved. */
@Table("plan_version_item")
public record PlanVersionItem(String itemKey, String label, String content) {}
