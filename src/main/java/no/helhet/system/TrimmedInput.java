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
 */
@ControllerAdvice
class TrimmedInput {

    @InitBinder
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(String.class, "password", new AsTyped());
    }

    /** Leaves a text exactly as typed. */
    private static final class AsTyped extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text);
        }
    }
}
