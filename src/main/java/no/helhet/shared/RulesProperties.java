package no.helhet.shared;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of the law that vary between municipalities or are not settled (LAW.md): settings with
 * defaults, never literals in code.
 *
 * @param requestWaitingLimit how long a request may wait before it is flagged (default 4 weeks)
 * @param complaintDeadline the deadline for complaining to Statsforvalteren (default 4 weeks)
 * @param childHeardFromAge the age from which the child must be heard (default 7)
 * @param childGreatWeightFromAge the age from which the child's views carry great weight (default 12)
 * @param youthHealthConsentAge the age from which the youth consents for health matters (default 16)
 * @param rightEndingNotice how long before a child's 18th birthday the end of the right is flagged:
 *     the task to the caseworker or coordinator, and the notice on a decision (default 90 days)
 * @param extensionUpToAge the municipal policy after 18 (LAW.md §1 item 9): the age up to which the
 *     municipality may continue a barnekoordinator; 18 or less means it offers none (default 25)
 * @param postReceivedAfter how long after posting a letter sent by post is deemed received, for the
 *     complaint deadline (default 3 days)
 */
@ConfigurationProperties("helhet.rules")
public record RulesProperties(
        Period requestWaitingLimit,
        Period complaintDeadline,
        int childHeardFromAge,
        int childGreatWeightFromAge,
        int youthHealthConsentAge,
        @DefaultValue("P90D") Period rightEndingNotice,
        @DefaultValue("25") int extensionUpToAge,
        Period postReceivedAfter) {

    public RulesProperties {
        if (postReceivedAfter == null) {
            postReceivedAfter = Period.ofDays(3);
        }
    }

    /** Whether the municipality may continue a barnekoordinator after the 18th birthday. */
    public boolean offersExtension() {
        return extensionUpToAge > 18;
    }
}
