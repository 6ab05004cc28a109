package no.helhet.system;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #formats} in every template, pages and letters alike: dates and times written with the
 * patterns of the message bundles ({@code format.date}, {@code format.dateTime},
 * {@code format.dateTimeSeconds}, {@code format.longDate}) in the template's language.
 */
@Component
class DateFormats extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "formats";

    private final MessageSource messages;

    DateFormats(MessageSource messages) {
        super("helhet-formats");
        this.messages = messages;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return new Formats(messages, context.getLocale());
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** The formatter a template reaches as {@code #formats}; an absent value gives an empty text. */
    public static final class Formats {

        private final MessageSource messages;
        private final Locale locale;

        Formats(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        /** A day, e.g. 01.02.2026. */
        public String date(TemporalAccessor value) {
            return format(value, "format.date");
        }

        /** A day and time, e.g. 01.02.2026 13:05. */
        public String dateTime(TemporalAccessor value) {
            return format(value, "format.dateTime");
        }

        /** A day and time to the second, e.g. 01.02.2026 13:05:09. */
        public String dateTimeSeconds(TemporalAccessor value) {
            return format(value, "format.dateTimeSeconds");
        }

        /** A day as letters write it, e.g. 1. februar 2026. */
        public String longDate(TemporalAccessor value) {
            return format(value, "format.longDate");
        }

        private String format(TemporalAccessor value, String key) {
            if (value == null) {
                return "";
            }
            return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale)
                    .format(value);
        }
    }
}
