package no.helhet.outreach;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** KE marks a family as informed of the right. */
class InformedForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate informedOn;

    @NotNull
    private InformationChannel channel;

    public LocalDate getInformedOn() {
        return informedOn;
    }

    public void setInformedOn(LocalDate informedOn) {
        this.informedOn = informedOn;
    }

    public InformationChannel getChannel() {
        return channel;
    }

    public void setChannel(InformationChannel channel) {
        this.channel = channel;
    }
}
