package no.helhet.provider;

import org.springframework.data.relational.core.mapping.Table;

/** A contact person at a provider (part of the provider aggregate). */
@Table("provider_contact")
public record ProviderContact(String name, String role, String phone, String email) {}
