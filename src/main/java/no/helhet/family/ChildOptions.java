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
        String unnamed = messages.getMessage("child.unnamed", null, LocaleContextHolder.getLocale());
        return SelectOption.of(
                children,
                ChildSummary::id,
                c -> c.displayName().isBlank() ? unnamed + " (" + c.familyName() + ")" : c.displayName());
    }
}
