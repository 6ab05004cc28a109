package no.helhet.family;

import java.util.List;
import no.helhet.shared.SelectOption;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Children as select options, an unnamed expected child labelled in the user's language. */
@Component
public class ChildOptions {

    private final MessageSource messages;

    ChildOptions(MessageSource messages) {
        this.messages = messages;
    }

    public List<SelectOption> of(List<ChildSummary> children) {
        return SelectOption.of(children, ChildSummary::id, this::label);
    }

    /**
     * A child's name; for an expected child without a given name, "Forventet barn" with its family
     * name, if any, and its expected date, so that no label is ever empty or reads "null".
     */
    public String label(ChildSummary c) {
        if (c.givenName() != null && !c.givenName().isBlank()) {
            return c.displayName();
        }
        var locale = LocaleContextHolder.getLocale();
        String date = c.expectedDate() == null
                ? ""
                : c.expectedDate()
                        .format(java.time.format.DateTimeFormatter.ofPattern(
                                messages.getMessage("format.date", null, locale)));
        String family = c.familyName() == null || c.familyName().isBlank() ? "" : c.familyName() + ", ";
        return messages.getMessage("child.unnamedLabel", new Object[] {family + date}, locale);
    }
}
