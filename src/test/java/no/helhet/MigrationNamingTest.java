package no.helhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Migrations: one linear, zero-padded history, each named after the module that owns it. */
class MigrationNamingTest {

    private static final Pattern NAME = Pattern.compile("V(\\d{3})__([a-z]+)_[a-z0-9_]+\\.sql");

    @Test
    void migrationsAreNumberedWithoutGapsAndNamedByModule() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).isNotEmpty();
        for (int i = 0; i < names.size(); i++) {
            Matcher m = NAME.matcher(names.get(i));
            assertThat(m.matches())
                    .as(names.get(i) + " follows V000__module_what.sql")
                    .isTrue();
            assertThat(Integer.parseInt(m.group(1)))
                    .as(names.get(i) + " is number " + (i + 1))
                    .isEqualTo(i + 1);
            assertThat(Path.of("src/main/java/no/helhet", m.group(2)))
                    .as(names.get(i) + " names an existing module")
                    .isDirectory();
        }
    }
}
