package no.helhet.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param acceptSynthetic whether synthetic test numbers (month + 80) are accepted (demo and tests only) */
@ConfigurationProperties("helhet.national-id")
public record NationalIdProperties(boolean acceptSynthetic) {}
