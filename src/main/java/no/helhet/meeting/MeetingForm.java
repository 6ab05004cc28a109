package no.helhet.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Scheduling a meeting: when, where, who and what. */
@Getter
@Setter
class MeetingForm {

    @NotNull
    private MeetingKind kind = MeetingKind.RESPONSIBILITY_GROUP;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time;

    @Min(15)
    @Max(480)
    private int durationMinutes = 60;

    @Size(max = 300)
    private String place;

    @Size(max = 500)
    private String videoLink;

    @NotBlank
    @Size(max = 10000)
    private String agenda;

    /** Chosen participants, as the option values the page offered; one chosen twice is refused. */
    private List<String> participants = new ArrayList<>();
}
