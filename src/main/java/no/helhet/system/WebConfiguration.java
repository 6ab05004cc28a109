package no.helhet.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import no.helhet.audit.DeclaredAccessInterceptor;
import no.helhet.staff.StaffLanguages;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Bokmål by default; nynorsk and English by choice, remembered in a cookie and for the staff member.
 * Every handler's declared access rule is enforced before it runs.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    private final DeclaredAccessInterceptor declaredAccess;
    private final StaffLanguages staffLanguages;
    private final FormTokens formTokens;

    WebConfiguration(
            DeclaredAccessInterceptor declaredAccess, StaffLanguages staffLanguages, JdbcClient jdbc, Clock clock) {
        this.declaredAccess = declaredAccess;
        this.staffLanguages = staffLanguages;
        this.formTokens = new FormTokens(jdbc, clock);
    }

    /** Every POST form rendered with th:action carries a one-time token beside the CSRF token. */
    @Bean
    static BeanPostProcessor formTokenFields() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof RequestDataValueProcessor processor && !(bean instanceof FormTokens.TokenFields)
                        ? new FormTokens.TokenFields(processor)
                        : bean;
            }
        };
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
        // A second submission of a one-time form is answered (only to the user who sent the first)
        // with where the first one led, whose page checks access again; a refused first submission
        // releases its token.
        registry.addInterceptor(formTokens);
        registry.addInterceptor(declaredAccess);
    }
}
