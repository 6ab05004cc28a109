package no.helhet.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * Opts a test in to the demo data set (the generator's municipality, its staff with the password
 * {@code helhet-demo}, and {@code helhet.demo.families} families in every state of the chain). Only
 * for tests about the demo data, and for the browser tests that walk it. Every other test builds the
 * data it needs with the fixtures and sees only the {@link TestMunicipality}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestPropertySource(properties = "helhet.demo.mode=true")
public @interface DemoData {}
