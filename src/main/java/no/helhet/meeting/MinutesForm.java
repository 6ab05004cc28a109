package no.helhet.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The minutes and up to three new actions, with the version the user saw. */
@Getter
@Setter
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

    /** One action: what, who, by when. An empty row is ignored. */
    @Getter
    @Setter
    public static class ActionRow {
        @Size(max = 500)
        private String title;

        private UUID ownerId;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueOn;

        boolean blank() {
            return (title == null || title.isBlank()) && ownerId == null && dueOn == null;
        }
    }
}
