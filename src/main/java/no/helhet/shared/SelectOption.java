package no.helhet.shared;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** One option of a select field: the value sent and the text shown (already in the user's language). */
public record SelectOption(String value, String text) {

    public static <T> List<SelectOption> of(Collection<T> items, Function<T, ?> value, Function<T, String> text) {
        return items.stream()
                .map(i -> new SelectOption(String.valueOf(value.apply(i)), text.apply(i)))
                .toList();
    }
}
