package no.helhet.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test through the real UI in Chromium: the whole application on a random port (read it with
 * {@code @LocalServerPort}), the test profile, and one {@link Browser} shared by every browser test
 * in the run, handed to any test or lifecycle method that declares a {@code Browser} parameter.
 * Tagged {@code browser}: Surefire ({@code ./mvnw test}) leaves these tests out, Failsafe runs them in
 * {@code ./mvnw verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {}
