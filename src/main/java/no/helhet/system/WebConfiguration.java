package no.helhet.system;

import java.time.Duration;
import java.util.Locale;
import no.helhet.audit.DeclaredAccessInterceptor;
import no.helhet.staff.StaffLanguages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bokmål by default; nynorsk and English by choice, remembered in a cookie and for the staff member.
 * Every handler's declared access rule is enforced before it runs.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    private final DeclaredAccessInterceptor declaredAccess;
    private final StaffLanguages staffLanguages;

    WebConfiguration(DeclaredAccessInterceptor declaredAccess, StaffLanguages staffLanguages) {
        this.declaredAccess = declaredAccess;
        this.staffLanguages = staffLanguages;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("HELHET_LANG");
        resolver.setDefaultLocale(BOKMAAL);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new LanguageChoiceInterceptor(staffLanguages));
        registry.addInterceptor(new LanguageLinksInterceptor());
        registry.addInterceptor(declaredAccess);
    }
}
