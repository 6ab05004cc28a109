package no.helhet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rule of docs/suppression.md: small counts hidden, and nothing that recovers them by subtraction. */
class SuppressionTest {

    private final Suppression rule = new Suppression(5);

    private static List<Count.Hiding> hidings(List<Count> counts) {
        return counts.stream().map(Count::hiding).toList();
    }

    @Test
    void countsFromOneToFourAreHiddenAndZeroAndFiveAreShown() {
        assertThat(rule.count(0).suppressed()).isFalse();
        assertThat(rule.count(1).hiding()).isEqualTo(Count.Hiding.SMALL);
        assertThat(rule.count(4).hiding()).isEqualTo(Count.Hiding.SMALL);
        assertThat(rule.count(5).suppressed()).isFalse();
    }

    @Test
    void aSmallPartOfATotalTakesTheSmallestOtherPartWithIt() {
        // total 3 + 12 + 7 = 22 is shown elsewhere: hiding only the 3 would leave 22 - 12 - 7 = 3
        assertThat(hidings(rule.group(List.of(3L, 12L, 7L))))
                .containsExactly(Count.Hiding.SMALL, Count.Hiding.NONE, Count.Hiding.PROTECTS_SMALL);
    }

    @Test
    void zeroesDoNotProtectASmallPart() {
        assertThat(hidings(rule.group(List.of(2L, 0L, 30L))))
                .containsExactly(Count.Hiding.SMALL, Count.Hiding.NONE, Count.Hiding.PROTECTS_SMALL);
    }

    @Test
    void twoSmallPartsWhoseSumIsSmallTakeAThirdWithThem() {
        // 1 + 2 = 3 would be found as total - 20 - 30
        assertThat(hidings(rule.group(List.of(1L, 2L, 20L, 30L))))
                .containsExactly(
                        Count.Hiding.SMALL, Count.Hiding.SMALL, Count.Hiding.PROTECTS_SMALL, Count.Hiding.NONE);
    }

    @Test
    void twoSmallPartsWhoseSumIsNotSmallAreEnough() {
        assertThat(hidings(rule.group(List.of(3L, 4L, 20L))))
                .containsExactly(Count.Hiding.SMALL, Count.Hiding.SMALL, Count.Hiding.NONE);
    }

    @Test
    void partsOfAHiddenTotalHideAtLeastOne() {
        assertThat(hidings(rule.group(List.of(9L), true))).containsExactly(Count.Hiding.PROTECTS_SMALL);
        assertThat(hidings(rule.group(List.of(6L, 8L), true)))
                .containsExactly(Count.Hiding.PROTECTS_SMALL, Count.Hiding.PROTECTS_SMALL);
    }

    @Test
    void noFigureLeftShownRevealsAHiddenOneBySubtraction() {
        for (List<Long> parts :
                List.of(List.of(1L, 5L, 6L, 7L), List.of(4L, 0L, 0L, 9L), List.of(2L, 2L, 2L, 50L), List.of(5L, 1L))) {
            List<Count> counts = rule.group(parts);
            long total = parts.stream().mapToLong(Long::longValue).sum();
            long shown = counts.stream()
                    .filter(c -> !c.suppressed())
                    .mapToLong(Count::value)
                    .sum();
            long hiddenCount = counts.stream().filter(Count::suppressed).count();
            assertThat(hiddenCount).as("%s", parts).isNotEqualTo(1);
            long rest = total - shown;
            assertThat(rest == 0 || rest >= 5)
                    .as("the rest %s of %s", rest, parts)
                    .isTrue();
        }
    }

    @Test
    void aSectorWithOneSmallUnitHidesAnotherUnitSoTheSectorCannotBeSubtracted() {
        UUID health = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID school = UUID.fromString("00000000-0000-0000-0000-000000000002");
        UUID ppt = UUID.fromString("00000000-0000-0000-0000-000000000003");
        Breakdown b = Breakdown.of(
                rule,
                15,
                Map.of(health, 7L, school, 6L, ppt, 2L),
                Map.of(health, "HEALTH_CARE", school, "SCHOOL", ppt, "SCHOOL"));
        assertThat(b.sectors().get("HEALTH_CARE").value()).isEqualTo(7);
        assertThat(b.sectors().get("SCHOOL").suppressed()).isFalse();
        assertThat(b.units().get(health).suppressed()).isFalse();
        assertThat(b.units().get(ppt).hiding()).isEqualTo(Count.Hiding.SMALL);
        // else 8 (school) - 6 = 2 (PP-tjenesten)
        assertThat(b.units().get(school).hiding()).isEqualTo(Count.Hiding.PROTECTS_SMALL);
        // a filter shows the very cell of the table
        assertThat(b.select(new DashboardFilter(null, school, null), 5).suppressed())
                .isTrue();
        assertThat(b.select(new DashboardFilter(null, null, "SCHOOL"), 5).value())
                .isEqualTo(8);
    }

    @Test
    void aSmallSectorTakesAnotherSectorAndItsUnitsWithIt() {
        UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-0000-0000-00000000000b");
        UUID c = UUID.fromString("00000000-0000-0000-0000-00000000000c");
        Breakdown d = Breakdown.of(rule, 23, Map.of(a, 3L, b, 9L, c, 11L), Map.of(a, "NAV", b, "SCHOOL", c, "DENTAL"));
        assertThat(d.sectors().get("NAV").hiding()).isEqualTo(Count.Hiding.SMALL);
        assertThat(d.sectors().get("SCHOOL").hiding()).isEqualTo(Count.Hiding.PROTECTS_SMALL);
        assertThat(d.sectors().get("DENTAL").suppressed()).isFalse();
        // the school's only unit would show the school's hidden figure
        assertThat(d.units().get(b).suppressed()).isTrue();
        assertThat(d.units().get(c).value()).isEqualTo(11);
    }

    @Test
    void aMedianOverFewerThanTheLimitIsHidden() {
        assertThat(rule.derived(12, 4).hiding()).isEqualTo(Count.Hiding.TOO_FEW_BEHIND);
        assertThat(rule.derived(3, 5).suppressed()).isFalse();
        assertThat(rule.derived(3, 5).value()).isEqualTo(3);
        assertThat(rule.derived(null, 0)).isNull();
    }
}
