package no.helhet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import no.helhet.support.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every demo guardian with parental responsibility has a postal address (street, four-digit postcode,
 * place), so that the demo's letters print one. Same context as the browser tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DemoData
class DemoGuardiansTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyGuardianWithParentalResponsibilityHasAPostalAddress() {
        long withResponsibility = jdbc.sql("select count(*) from guardian where parental_responsibility")
                .query(Long.class)
                .single();
        long withoutAddress = jdbc.sql("""
                        select count(*) from guardian where parental_responsibility
                        and (coalesce(trim(street_address), '') = '' or postcode !~ '^[0-9]{4}$'
                             or coalesce(trim(post_place), '') = '')
                        """).query(Long.class).single();

        assertThat(withResponsibility).isPositive();
        assertThat(withoutAddress).isZero();
    }
}
