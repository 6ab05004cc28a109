package no.helhet.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The municipality that runs Helhet, as printed on letters. */
@ConfigurationProperties("helhet.municipality")
public record MunicipalityProperties(
        String name,
        String number,
        String address,
        String coordinatingUnitName,
        String coordinatingUnitPhone,
        String coordinatingUnitEmail,
        String countyGovernor) {}
