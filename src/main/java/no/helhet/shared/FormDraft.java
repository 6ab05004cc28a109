package no.helhet.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.web.bind.WebDataBinder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A long form's fields as typed, kept on the server as a draft (ADR 0013): the decision, the
 * appointment, the complaint and the minutes save one when a field is left (htmx) and bring it back
 * when the form is opened again. A draft holds what the user typed, complete or not, valid or not,
 * but only the form's own fields (never the CSRF or one-time token, a file, or the confirmation) and
 * only within the bounds every input keeps: no NUL character, no text longer than {@value #MAX_TEXT}
 * characters, at most {@value #MAX_FIELDS} fields. Each module keeps its drafts in its own table, one
 * per form and user.
 */
public final class FormDraft {

    /** The longest text a field of a draft may hold (as {@code system.InputBounds}). */
    public static final int MAX_TEXT = 20_000;

    /** The most fields (named values) a draft may hold. */
    public static final int MAX_FIELDS = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DefaultFormattingConversionService CONVERSION = new DefaultFormattingConversionService();
    private static final Set<String> NEVER = Set.of("version", "confirmed", "scan");

    private final Map<String, List<String>> fields;

    private FormDraft(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /**
     * The draft of a form from a request's parameters: only the names the form can bind (a fresh
     * form from {@code blank}), leaving out {@code left}; empty when a value breaks the bounds.
     */
    public static Optional<FormDraft> of(Map<String, String[]> parameters, Supplier<?> blank, Set<String> left) {
        BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(blank.get());
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            String name = p.getKey();
            if (name.startsWith("_") || left.contains(name) || !writable(form, name)) {
                continue;
            }
            List<String> values = Arrays.asList(p.getValue());
            for (String value : values) {
                if (value == null || value.length() > MAX_TEXT || value.indexOf('\u0000') >= 0) {
                    return Optional.empty();
                }
            }
            kept.put(name, values);
        }
        if (kept.size() > MAX_FIELDS) {
            return Optional.empty();
        }
        return Optional.of(new FormDraft(kept));
    }

    /** The draft's fields, leaving out the version, the confirmation and a file. */
    public static Optional<FormDraft> of(Map<String, String[]> parameters, Supplier<?> blank) {
        return of(parameters, blank, NEVER);
    }

    /** The draft stored as {@link #json()}. */
    public static FormDraft fromJson(String json) {
        Map<String, List<String>> fields =
                JSON.readValue(json, new TypeReference<LinkedHashMap<String, List<String>>>() {});
        return new FormDraft(fields);
    }

    /** The draft as JSON: each field's name and its values as typed. */
    public String json() {
        return JSON.writeValueAsString(fields);
    }

    /** The values typed in a field (empty when none). */
    public List<String> values(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /**
     * Puts the draft's fields into a form (what it held before is overwritten where the draft has a
     * value); a value the form cannot take (a date that is no date) is left out, never an error.
     */
    public <T> T restoreInto(T form) {
        BeanWrapper target = PropertyAccessorFactory.forBeanPropertyAccess(form);
        WebDataBinder binder = new WebDataBinder(form);
        binder.setConversionService(CONVERSION);
        binder.setIgnoreInvalidFields(true);
        MutablePropertyValues values = new MutablePropertyValues();
        fields.forEach((name, typed) -> {
            if (writable(target, name)) {
                values.add(name, typed.size() == 1 ? typed.get(0) : typed.toArray(String[]::new));
            }
        });
        binder.bind(values);
        return form;
    }

    private static boolean writable(BeanWrapper form, String name) {
        try {
            return form.isWritableProperty(name);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A draft as stored: its fields and when it was last saved. */
    public record Saved(FormDraft draft, java.time.ZonedDateTime savedAt) {}

    /** The names of the fields the draft holds (for tests and logs: never the values). */
    public List<String> names() {
        return new ArrayList<>(fields.keySet());
    }
}
