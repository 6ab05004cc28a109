package no.helhet.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The minutes and up to three new actions, with the version the user saw. */
class MinutesForm {

    @Size(max = 20000)
    private String discussed;

    @Size(max = 20000)
    private String decided;

    @Valid
    private List<ActionRow> actions = new ArrayList<>(List.of(new ActionRow(), new ActionRow(), new ActionRow()));

    @NotNull
    private Integer version;

    static MinutesForm of(Meeting m) {
        MinutesForm f = new MinutesForm();
        f.discussed = m.discussed();
        f.decided = m.decided();
        f.version = m.version();
        return f;
    }

    public String getDiscussed() {
        return discussed;
    }

    public void setDiscussed(String discussed) {
        this.discussed = discussed;
    }

    public String getDecided() {
        return decided;
    }

    public void setDecided(String decided) {
        this.decided = decided;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public void setActions(List<ActionRow> actions) {
        this.actions = actions;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    /** One action: what, who, by when. An empty row is ignored. */
    public static class ActionRow {
        @Size(max = 500)
        private String title;

        private UUID ownerId;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueOn;

        boolean blank() {
            return (title == null || title.isBlank()) && ownerId == null && dueOn == null;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public UUID getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(UUID ownerId) {
            this.ownerId = ownerId;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }
}
