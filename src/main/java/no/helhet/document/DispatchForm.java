package no.helhet.document;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** When and how a letter was sent. */
class DispatchForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate sentOn;

    private DispatchChannel channel;

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public DispatchChannel getChannel() {
        return channel;
    }

    public void setChannel(DispatchChannel channel) {
        this.channel = channel;
    }
}
