package no.helhet.message;

import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilySection;
import org.springframework.stereotype.Component;

/** The family page's messages: how many of the family's are unread, and the link to the threads. */
@Component
class MessageFamilySection implements FamilySection {

    private final Messages messages;

    MessageFamilySection(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int order() {
        return 19;
    }

    @Override
    public String template() {
        return "message/family-section";
    }

    @Override
    public String headingKey() {
        return "message.section";
    }

    @Override
    public Object data(FamilyDetails family) {
        return new Data(family.id(), messages.unreadFromFamily(family.id()));
    }

    record Data(java.util.UUID familyId, long unread) {}
}
