package no.helhet.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.helhet.shared.OneTimeForm;
import no.helhet.staff.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * One-time form tokens, checked in one place. Every POST form rendered with {@code th:action} gets a
 * hidden field {@code _formToken} (a random UUID; nothing is stored when the form is shown). A handler
 * marked {@link OneTimeForm} runs only for the first submission of a token: the token is inserted into
 * {@code form_submission} (its primary key decides, so two nodes agree), and where the handler
 * redirected is stored. A second submission of the same token waits briefly for the first, then is
 * redirected to the same place with the message "already registered"; if the first failed or only
 * showed the form again with errors, the token is released and the second runs normally. A submission
 * without a token (an old page, a script) runs as before.
 */
class FormTokens implements HandlerInterceptor {

    static final String FIELD = "_formToken";
    static final String ALREADY_REGISTERED = "form.alreadyRegistered";
    private static final String CLAIMED = FormTokens.class.getName() + ".claimed";
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);
    private static final Duration KEEP = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    FormTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!"POST".equals(request.getMethod())
                || !(handler instanceof HandlerMethod method)
                || !method.hasMethodAnnotation(OneTimeForm.class)) {
            return true;
        }
        Optional<UUID> token = token(request);
        if (token.isEmpty()) {
            return true;
        }
        // A family member's token is theirs (by their id in Helhet), not the "system" every non-staff shares.
        String user = CurrentStaff.find()
                .map(no.helhet.staff.StaffPrincipal::username)
                .or(() -> no.helhet.audit.CurrentFamilyMember.find().map(m -> "family:" + m.personId()))
                .orElse("system");
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            if (claim(token.get(), user)) {
                request.setAttribute(CLAIMED, token.get());
                return true;
            }
            Optional<Submission> first = jdbc.sql("select username, location from form_submission where token = :token")
                    .param("token", token.get())
                    .query(Submission.class)
                    .optional();
            if (first.isPresent() && !first.get().username().equals(user)) {
                // Someone else's token: it gives nothing away and creates nothing.
                response.setStatus(HttpStatus.CONFLICT.value());
                request.getRequestDispatcher("/error/already-registered").forward(request, response);
                return false;
            }
            if (first.isPresent() && first.get().location() != null) {
                FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
                flash.put("saved", ALREADY_REGISTERED);
                String location = first.get().location();
                RequestContextUtils.saveOutputFlashMap(location, request, response);
                response.sendRedirect(location);
                return false;
            }
            if (first.isPresent() && System.nanoTime() > deadline) {
                response.setStatus(HttpStatus.CONFLICT.value());
                request.getRequestDispatcher("/error/already-registered").forward(request, response);
                return false;
            }
            if (first.isPresent()) {
                Thread.sleep(100);
            }
            // Gone: the first submission failed or showed its errors; try to claim it again.
        }
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!(request.getAttribute(CLAIMED) instanceof UUID token)) {
            return;
        }
        String location = response.getHeader("Location");
        int status = response.getStatus();
        if (failure == null && status >= 300 && status < 400 && location != null) {
            jdbc.sql("update form_submission set location = :location where token = :token")
                    .param("location", location.length() > 2000 ? location.substring(0, 2000) : location)
                    .param("token", token)
                    .update();
        } else {
            jdbc.sql("delete from form_submission where token = :token")
                    .param("token", token)
                    .update();
        }
    }

    private boolean claim(UUID token, String user) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            jdbc.sql("delete from form_submission where submitted_at < :before")
                    .param("before", now.minus(KEEP))
                    .update();
        }
        return jdbc.sql("""
                        insert into form_submission (token, username, submitted_at) values (:token, :user, :now)
                        on conflict (token) do nothing
                        """)
                        .param("token", token)
                        .param("user", user)
                        .param("now", now)
                        .update()
                == 1;
    }

    private static Optional<UUID> token(HttpServletRequest request) {
        String value = request.getParameter(FIELD);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Submission(String username, String location) {}

    /**
     * Adds the token field to every POST form, beside what the wrapped processor (Spring Security's
     * CSRF token) adds.
     */
    static final class TokenFields implements RequestDataValueProcessor {

        private static final String METHOD = TokenFields.class.getName() + ".method";
        private final RequestDataValueProcessor delegate;

        TokenFields(RequestDataValueProcessor delegate) {
            this.delegate = delegate;
        }

        @Override
        public String processAction(HttpServletRequest request, String action, String method) {
            request.setAttribute(METHOD, method);
            return delegate.processAction(request, action, method);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = delegate.getExtraHiddenFields(request);
            Object method = request.getAttribute(METHOD);
            request.removeAttribute(METHOD);
            if (method instanceof String m && "post".equalsIgnoreCase(m)) {
                Map<String, String> withToken = new java.util.LinkedHashMap<>(fields == null ? Map.of() : fields);
                withToken.put(FIELD, UUID.randomUUID().toString());
                return withToken;
            }
            return fields;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }
    }
}
