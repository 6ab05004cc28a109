package no.helhet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Text from any form reaches the handlers stripped, and a text of only spaces counts as not filled in. */
@IntegrationTest
class TrimmedInputTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void aFieldOfOnlySpacesIsEmpty() {
        assertThat(mvc.post()
                        .uri("/admin/units")
                        .with(fixtures.as("admin"))
                        .with(csrf())
                        .param("name", "    ")
                        .param("sectorCode", "HEALTH_CARE"))
                .hasStatusOk()
                .bodyText()
                .contains("Fyll ut feltet.");
        assertThat(jdbc.sql("select count(*) from unit where trim(name) = ''")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void leadingAndTrailingSpacesAreStripped() {
        assertThat(mvc.post()
                        .uri("/admin/units")
                        .with(fixtures.as("admin"))
                        .with(csrf())
                        .param("name", "   Trimmet enhet \t ")
                        .param("sectorCode", "HEALTH_CARE"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("select count(*) from unit where name = 'Trimmet enhet'")
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void aPasswordIsTakenAsTyped() {
        String unit = jdbc.sql("select id::text from unit order by name limit 1")
                .query(String.class)
                .single();
        assertThat(mvc.post()
                        .uri("/admin/staff")
                        .with(fixtures.as("admin"))
                        .with(csrf())
                        .param("fullName", "  Siri Mellomrom  ")
                        .param("username", "siri.mellomrom")
                        .param("password", " langt passord med mellomrom ")
                        .param("role", "COORDINATOR")
                        .param("unitId", unit)
                        .param("trainingStatus", "NOT_STARTED"))
                .hasStatus(HttpStatus.FOUND);
        String hash = jdbc.sql("select password_hash from staff_member where username = 'siri.mellomrom'")
                .query(String.class)
                .single();
        assertThat(passwordEncoder.matches(" langt passord med mellomrom ", hash))
                .isTrue();
        assertThat(jdbc.sql("select full_name from staff_member where username = 'siri.mellomrom'")
                        .query(String.class)
                        .single())
                .isEqualTo("Siri Mellomrom");
    }
}
