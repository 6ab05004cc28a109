package no.helhet.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipality that runs Helhet, as printed on letters.
 *
 * @param letterLanguage the written standard of letters to families who have not chosen one: nb
 *     (bokmål) or nn (nynorsk)
 */
@ConfigurationProperties("helhet.municipality")
public record MunicipalityProperties(
        String name,
        String number,
        String address,
        String coordinatingUnitName,
        String coordinatingUnitPhone,
        String coordinatingUnitEmail,
        String countyGovernor,
        String letterLanguage) {}
