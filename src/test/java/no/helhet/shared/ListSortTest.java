package no.helhet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared sort parameter: only whitelisted columns reach SQL, unknown input falls back to the default. */
class ListSortTest {

    private static final ListSort.Columns COLUMNS = ListSort.Columns.tieBrokenBy("id")
            .column("received", "received_on")
            .column("status", "status")
            .byDefault("received", ListSort.ASC);

    @Test
    void aKnownColumnSortsByItsWhitelistedExpressionTieBrokenById() {
        assertThat(COLUMNS.parse("status", "desc").orderBy()).isEqualTo(" order by status desc, id desc");
        assertThat(COLUMNS.parse("status", "asc").orderBy()).isEqualTo(" order by status asc, id asc");
        assertThat(COLUMNS.parse("status", null).orderBy()).isEqualTo(" order by status asc, id asc");
    }

    @Test
    void aColumnMayOrderByAFurtherExpressionInTheSameDirection() {
        ListSort.Columns withThen = ListSort.Columns.tieBrokenBy("id").column("status", "status", "received_on");
        assertThat(withThen.parse("status", "desc").orderBy())
                .isEqualTo(" order by status desc, received_on desc, id desc");
    }

    @Test
    void unknownInputFallsBackToTheDefaultAndNeverReachesSql() {
        assertThat(COLUMNS.parse(null, null).orderBy()).isEqualTo(" order by received_on asc, id asc");
        assertThat(COLUMNS.parse("received_on; drop table family", "desc").orderBy())
                .isEqualTo(" order by received_on asc, id asc");
        assertThat(COLUMNS.parse("RECEIVED_DESC", null).key()).isEqualTo("received");
        assertThat(COLUMNS.parse("status", "sideways").dir()).isEqualTo("asc");
    }

    @Test
    void aDescendingDefaultStaysDescendingUnlessAscendingIsAsked() {
        ListSort.Columns newestFirst = ListSort.Columns.tieBrokenBy("id")
                .column("when", "occurred_at")
                .column("who", "username")
                .byDefault("when", ListSort.DESC);
        assertThat(newestFirst.parse(null, null).orderBy()).isEqualTo(" order by occurred_at desc, id desc");
        assertThat(newestFirst.parse("when", "asc").descending()).isFalse();
        assertThat(newestFirst.parse("who", null).descending()).isFalse();
    }

    @Test
    void headersTellTheSortAndLinkToTheOtherDirectionKeepingFiltersAndPage() {
        ListSort sort = COLUMNS.parse("status", "asc").at("/worklist?status=ALL&unitId=u1", 2);
        assertThat(sort.ariaSort("status")).isEqualTo("ascending");
        assertThat(sort.ariaSort("received")).isEqualTo("none");
        assertThat(sort.href("status")).isEqualTo("/worklist?status=ALL&unitId=u1&sort=status&dir=desc&page=2");
        assertThat(sort.href("received")).isEqualTo("/worklist?status=ALL&unitId=u1&sort=received&dir=asc&page=2");
        assertThat(sort.pageBase()).isEqualTo("/worklist?status=ALL&unitId=u1&sort=status&dir=asc");
        ListSort desc = COLUMNS.parse("status", "desc").at("/my-cases", 0);
        assertThat(desc.ariaSort("status")).isEqualTo("descending");
        assertThat(desc.href("status")).isEqualTo("/my-cases?sort=status&dir=asc");
    }

    @Test
    void aColumnKeyIsLettersOnlyAndTheDefaultMustBeAColumn() {
        assertThatThrownBy(() -> ListSort.Columns.tieBrokenBy("id").column("a&b", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        ListSort.Columns.tieBrokenBy("id").column("a", "x").byDefault("b", "asc"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListSortedInMemoryIsSortedAndPagedWithoutSql() {
        ListSort.Columns inMemory = ListSort.Columns.tieBrokenBy("name")
                .column("name")
                .column("length")
                .byDefault("name", ListSort.ASC);
        Comparator<String> byName = Comparator.naturalOrder();
        Map<String, Comparator<String>> byKey =
                Map.of("name", byName, "length", Comparator.comparingInt(String::length));
        List<String> words = List.of("ccc", "a", "bb", "dd");
        assertThat(words.stream()
                        .sorted(inMemory.parse("length", "desc").comparing(byKey, byName))
                        .toList())
                .containsExactly("ccc", "dd", "bb", "a");
        assertThat(words.stream()
                        .sorted(inMemory.parse("nonsense", null).comparing(byKey, byName))
                        .toList())
                .containsExactly("a", "bb", "ccc", "dd");
        PageSlice<String> second = ListSort.page(List.of("a", "b", "c"), 1, 2);
        assertThat(second.items()).containsExactly("c");
        assertThat(second.total()).isEqualTo(3);
        assertThat(ListSort.page(List.of("a"), 5, 2).items()).isEmpty();
        assertThatThrownBy(() -> inMemory.defaultSort().orderBy()).isInstanceOf(IllegalStateException.class);
    }
}
