package no.helhet.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One page of a list.
 *
 * @param items the rows on this page
 * @param page zero-based page number
 * @param size rows per page
 * @param total rows in all
 */
public record PageSlice<T>(List<T> items, int page, int size, long total) {

    /**
     * A page of rows loaded by id (an aggregate's repository) in the order of the ids (a sorted,
     * paged SQL query): rows no longer found are left out.
     */
    public static <T> PageSlice<T> inOrder(
            List<UUID> ids, Collection<T> loaded, Function<T, UUID> idOf, int page, int size, long total) {
        Map<UUID, T> byId = loaded.stream().collect(Collectors.toMap(idOf, Function.identity(), (a, b) -> a));
        return new PageSlice<>(
                ids.stream().map(byId::get).filter(Objects::nonNull).toList(), page, size, total);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public int displayPage() {
        return page + 1;
    }
}
