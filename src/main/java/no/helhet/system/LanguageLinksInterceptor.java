package no.helhet.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** Gives every page links to itself in each language, for the layout's language switch. */
class LanguageLinksInterceptor implements HandlerInterceptor {

    static final String[] LANGUAGES = {"nb", "nn", "en"};

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (modelAndView == null
                || modelAndView.getViewName() == null
                || modelAndView.getViewName().startsWith("redirect:")) {
            return;
        }
        boolean get = "GET".equals(request.getMethod());
        Map<String, String> links = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            UriComponentsBuilder builder = get
                    ? UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    : UriComponentsBuilder.fromPath(request.getContextPath() + "/");
            links.put(
                    language,
                    builder.replaceQueryParam("lang", language).build().toUriString());
        }
        modelAndView.addObject("languageLinks", links);
    }
}
