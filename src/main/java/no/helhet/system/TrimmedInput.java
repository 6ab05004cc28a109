package no.helhet.system;

import java.beans.PropertyEditorSupport;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a form or request parameter brings is stripped of leading and trailing spaces, and a
 * text of only spaces becomes null, so that handlers and validators see "empty" one way only
 * (@NotBlank still reports it as missing). Passwords are the exception: they are taken as typed.
 * Every form object a handler validates also keeps the bounds of {@link InputBounds} (no NUL, a
 * length, dates within 1900..2100, links only http(s)), each with a message next to the field; a
 * single request parameter with a NUL character is a bad request (400).
 */
@ControllerAdvice
class TrimmedInput {

    private final InputBounds bounds = new InputBounds();

    @InitBinder
    void trimText(WebDataBinder binder) {
        if (binder.getTarget() == null && binder.getTargetType() == null) {
            binder.registerCustomEditor(String.class, new WithoutNul());
        } else {
            binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
            binder.addValidators(bounds);
        }
        binder.registerCustomEditor(String.class, "password", new AsTyped());
    }

    /** Leaves a text exactly as typed. */
    private static final class AsTyped extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text);
        }
    }

    /** Trims like the forms; a NUL character is refused (the handler's parameter then answers 400). */
    private static final class WithoutNul extends StringTrimmerEditor {
        WithoutNul() {
            super(true);
        }

        @Override
        public void setAsText(String text) {
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new IllegalArgumentException("A text with a NUL character");
            }
            super.setAsText(text);
        }
    }
}
