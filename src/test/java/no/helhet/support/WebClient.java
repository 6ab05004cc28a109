package no.helhet.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client against the running server, with its own cookies, that does not follow
 * redirects: for what MockMvc cannot show (forwards and the servlet container's error dispatch).
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies;
    private final HttpClient http;

    public WebClient(int port) {
        this(port, new CookieManager());
    }

    private WebClient(int port, CookieManager cookies) {
        this.baseUrl = "http://localhost:" + port;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The same browser (the same cookies, so the same session) talking to another server on this
     * host: a load balancer sending the next request to another node.
     */
    public WebClient onPort(int port) {
        return new WebClient(port, cookies);
    }

    /** Sets the language cookie (nb, nn or en). */
    public WebClient language(String language) {
        java.net.HttpCookie cookie = new java.net.HttpCookie("HELHET_LANG", language);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), cookie);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** A form POST; with a {@code formPage}, the CSRF token is taken from a GET of that page first. */
    public HttpResponse<String> post(String path, Map<String, String> form, String formPage) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        if (formPage != null) {
            String token = csrfToken(formPage);
            body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + encode(token);
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in through the login form; returns the answer to the POST. */
    public HttpResponse<String> logIn(String username, String password) {
        return post("/login", Map.of("username", username, "password", password), "/login");
    }

    public String csrfToken(String formPage) {
        Matcher m = CSRF.matcher(get(formPage).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + formPage);
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "*/*").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
