package no.helhet.system;

import java.beans.PropertyDescriptor;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The bounds every form's input keeps, checked in one place for every form object a handler
 * validates ({@code @Valid}), nested rows included: no NUL character in any text (PostgreSQL cannot
 * store it), no text longer than {@value #MAX_TEXT} characters (fields bound tighter by their own
 * {@code @Size}), every date between 1900 and 2100 (a birth date is also refused in the future, by
 * the child's rules), and a link
 * (a field whose name ends in Link or Url) only as an http or https address.
 */
final class InputBounds implements Validator {

    static final int MAX_TEXT = 20_000;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final Pattern LINK = Pattern.compile("(?i).*(link|url)$");
    private static final int MAX_DEPTH = 4;

    @Override
    public boolean supports(Class<?> type) {
        return true;
    }

    @Override
    public void validate(Object target, Errors errors) {
        if (target == null || !target.getClass().getPackageName().startsWith("no.helhet")) {
            return;
        }
        check(target, "", errors, 0, new IdentityHashMap<>());
    }

    private void check(Object bean, String path, Errors errors, int depth, Map<Object, Boolean> seen) {
        if (depth > MAX_DEPTH || seen.put(bean, Boolean.TRUE) != null) {
            return;
        }
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(bean);
        for (PropertyDescriptor property : wrapper.getPropertyDescriptors()) {
            String name = property.getName();
            if (property.getReadMethod() == null || "class".equals(name)) {
                continue;
            }
            Object value;
            try {
                value = wrapper.getPropertyValue(name);
            } catch (RuntimeException e) {
                continue;
            }
            String field = path + name;
            if (value instanceof String text) {
                checkText(name, field, text, errors);
            } else if (value instanceof LocalDate date) {
                checkDate(name, field, date, errors);
            } else if (value instanceof Collection<?> rows) {
                int i = 0;
                for (Object row : rows) {
                    String rowPath = field + "[" + i++ + "]";
                    if (row instanceof String text) {
                        checkText(name, rowPath, text, errors);
                    } else if (row != null && row.getClass().getPackageName().startsWith("no.helhet")) {
                        check(row, rowPath + ".", errors, depth + 1, seen);
                    }
                }
            } else if (value != null
                    && !(value instanceof Enum<?>)
                    && property.getWriteMethod() != null
                    && value.getClass().getPackageName().startsWith("no.helhet")) {
                check(value, field + ".", errors, depth + 1, seen);
            }
        }
    }

    private static void checkText(String name, String field, String text, Errors errors) {
        if (text.indexOf('\u0000') >= 0) {
            reject(errors, field, "input.nul", null);
        } else if (text.length() > MAX_TEXT) {
            reject(errors, field, "input.tooLong", new Object[] {MAX_TEXT});
        } else if (LINK.matcher(name).matches() && !text.isBlank() && !isWebAddress(text)) {
            reject(errors, field, "input.link", null);
        }
    }

    private static void checkDate(String name, String field, LocalDate date, Errors errors) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            reject(errors, field, "input.dateRange", new Object[] {
                String.valueOf(EARLIEST.getYear()), String.valueOf(LATEST.getYear())
            });
        }
        // A birth date in the future is refused by the child's own rules (child.birthDate.future).
    }

    /** Only an absolute http or https address with a host; javascript:, data:, file: and the like are refused. */
    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme();
            return scheme != null
                    && List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** One error per field: the first bound broken is the one the user sees. */
    private static void reject(Errors errors, String field, String code, Object[] args) {
        if (errors.getFieldErrorCount(field) == 0) {
            errors.rejectValue(field, code, args, null);
        }
    }
}
