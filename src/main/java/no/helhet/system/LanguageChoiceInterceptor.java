package no.helhet.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.helhet.staff.CurrentStaff;
import no.helhet.staff.StaffLanguages;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * When a logged-in staff member chooses a language ({@code ?lang=}), remembers it for what Helhet
 * writes to them by e-mail. Runs after the {@code LocaleChangeInterceptor} has applied the choice.
 */
class LanguageChoiceInterceptor implements HandlerInterceptor {

    private final StaffLanguages languages;

    LanguageChoiceInterceptor(StaffLanguages languages) {
        this.languages = languages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getParameter("lang") != null) {
            CurrentStaff.find().ifPresent(me -> languages.remember(me.id(), RequestContextUtils.getLocale(request)));
        }
        return true;
    }
}
