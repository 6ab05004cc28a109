package no.helhet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a real PostgreSQL 15 (embedded, fresh per context) and a
 * {@code MockMvcTester} that renders the real templates. The database holds the {@link
 * TestMunicipality} (staff and providers, no families); the test builds the rest with the fixtures,
 * or adds {@link DemoData} if it is about the demo data. Contexts are cached, so every test with the
 * same annotations shares one database: build your own families rather than count all rows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface IntegrationTest {}
