package no.helhet.shared;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the rows on this page
 * @param page zero-based page number
 * @param size rows per page
 * @param total rows in all
 */
public record PageSlice<T>(List<T> items, int page, int size, long total) {

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
