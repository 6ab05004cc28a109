package no.helhet.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The assessment form: the three conditions with conclusions and reasons, needs by sector, views. */
@Getter
@Setter
class AssessmentForm {

    private Conclusion ageConclusion;

    @Size(max = 10000)
    private String ageReason;

    private Set<IllnessKind> illnessKinds = EnumSet.noneOf(IllnessKind.class);
    private Conclusion illnessConclusion;

    @Size(max = 10000)
    private String illnessReason;

    private boolean needLongTerm;
    private boolean needComposite;
    private boolean needHealthCare;
    private boolean needOtherWelfare;
    private Conclusion needConclusion;

    @Size(max = 10000)
    private String needReason;

    private List<NeedRow> needs = new ArrayList<>();

    @Size(max = 10000)
    private String childViews;

    @Size(max = 400)
    private String childViewsHow;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate childViewsOn;

    @Size(max = 10000)
    private String familyViews;

    @NotNull
    private Integer version;

    /** A form filled from a saved assessment, with a row for every sector. */
    static AssessmentForm of(AssessmentView a, List<String> sectorCodes) {
        AssessmentForm f = new AssessmentForm();
        AssessmentContent c = a.content();
        f.ageConclusion = c.ageConclusion();
        f.ageReason = c.ageReason();
        f.illnessKinds =
                c.illnessKinds().isEmpty() ? EnumSet.noneOf(IllnessKind.class) : EnumSet.copyOf(c.illnessKinds());
        f.illnessConclusion = c.illnessConclusion();
        f.illnessReason = c.illnessReason();
        f.needLongTerm = c.needLongTerm();
        f.needComposite = c.needComposite();
        f.needHealthCare = c.needHealthCare();
        f.needOtherWelfare = c.needOtherWelfare();
        f.needConclusion = c.needConclusion();
        f.needReason = c.needReason();
        Map<String, AssessmentContent.SectorNeed> saved = c.needs().stream()
                .collect(Collectors.toMap(AssessmentContent.SectorNeed::sectorCode, Function.identity()));
        for (String code : sectorCodes) {
            AssessmentContent.SectorNeed n = saved.get(code);
            f.needs.add(new NeedRow(code, n == null ? null : n.currentServices(), n == null ? null : n.unmetNeeds()));
        }
        f.childViews = c.childViews();
        f.childViewsHow = c.childViewsHow();
        f.childViewsOn = c.childViewsOn();
        f.familyViews = c.familyViews();
        f.version = a.version();
        return f;
    }

    AssessmentContent toContent() {
        return new AssessmentContent(
                ageConclusion,
                ageReason,
                illnessKinds,
                illnessConclusion,
                illnessReason,
                needLongTerm,
                needComposite,
                needHealthCare,
                needOtherWelfare,
                needConclusion,
                needReason,
                needs.stream()
                        .map(n -> new AssessmentContent.SectorNeed(
                                n.getSectorCode(), n.getCurrentServices(), n.getUnmetNeeds()))
                        .toList(),
                childViews,
                childViewsHow,
                childViewsOn,
                familyViews);
    }

    /** One sector's row in the needs table. */
    @Getter
    @Setter
    public static class NeedRow {
        @Size(max = 50)
        private String sectorCode;

        @Size(max = 4000)
        private String currentServices;

        @Size(max = 4000)
        private String unmetNeeds;

        public NeedRow() {}

        NeedRow(String sectorCode, String currentServices, String unmetNeeds) {
            this.sectorCode = sectorCode;
            this.currentServices = currentServices;
            this.unmetNeeds = unmetNeeds;
        }
    }

    public void setIllnessKinds(Set<IllnessKind> illnessKinds) {
        this.illnessKinds = illnessKinds == null ? EnumSet.noneOf(IllnessKind.class) : illnessKinds;
    }
}
