package no.helhet.message;

import java.util.List;
import java.util.UUID;

/**
 * A family's thread: the guardians' ({@code youthId} null) or one youth's own.
 *
 * @param youthName the youth's name, or null for the guardians' thread
 * @param messages oldest first
 * @param unreadFromFamily how many of the family's messages no staff member has read yet
 */
public record MessageThread(UUID youthId, String youthName, List<MessageView> messages, long unreadFromFamily) {

    public boolean guardians() {
        return youthId == null;
    }
}
