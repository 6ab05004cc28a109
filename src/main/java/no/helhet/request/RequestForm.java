package no.helhet.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that registers a request. */
class RequestForm {

    @NotNull
    private RequestChannel channel;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    @NotNull
    private RequesterKind requesterKind;

    private UUID requesterGuardianId;

    @Size(max = 200)
    private String requesterName;

    @Size(max = 200)
    private String requesterRole;

    @Size(max = 10000)
    private String familyWords;

    private Set<UUID> childIds = new LinkedHashSet<>();

    public RequestChannel getChannel() {
        return channel;
    }

    public void setChannel(RequestChannel channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public RequesterKind getRequesterKind() {
        return requesterKind;
    }

    public void setRequesterKind(RequesterKind requesterKind) {
        this.requesterKind = requesterKind;
    }

    public UUID getRequesterGuardianId() {
        return requesterGuardianId;
    }

    public void setRequesterGuardianId(UUID requesterGuardianId) {
        this.requesterGuardianId = requesterGuardianId;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public void setRequesterName(String requesterName) {
        this.requesterName = requesterName;
    }

    public String getRequesterRole() {
        return requesterRole;
    }

    public void setRequesterRole(String requesterRole) {
        this.requesterRole = requesterRole;
    }

    public String getFamilyWords() {
        return familyWords;
    }

    public void setFamilyWords(String familyWords) {
        this.familyWords = familyWords;
    }

    public Set<UUID> getChildIds() {
        return childIds;
    }

    public void setChildIds(Set<UUID> childIds) {
        this.childIds = childIds;
    }
}
