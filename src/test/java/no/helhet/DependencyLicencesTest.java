package no.helhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Supply chain (issue 12): the build's licence check (license-maven-plugin, failOnBlacklist over an
 * allow-list of open-source licences) has run, and docs/dependencies-licences.md lists exactly the
 * runtime dependencies and licences of this build. After a dependency change, copy
 * target/generated-sources/license/dependencies-licences.md to docs/.
 */
class DependencyLicencesTest {

    private static final Path GENERATED = Path.of("target/generated-sources/license/dependencies-licences.md");
    private static final Path DOCUMENTED = Path.of("docs/dependencies-licences.md");

    @Test
    void theDocumentedListIsTheBuildsRuntimeDependenciesWithTheirLicences() throws IOException {
        assertThat(GENERATED)
                .as("written by the licence check in generate-resources")
                .exists();
        String generated = Files.readString(GENERATED, StandardCharsets.UTF_8);
        assertThat(generated).contains("| `org.springframework:spring-core` |").contains("Apache-2.0");
        assertThat(Files.readString(DOCUMENTED, StandardCharsets.UTF_8))
                .as("docs/dependencies-licences.md is out of date: copy " + GENERATED + " there")
                .isEqualTo(generated);
    }

    @Test
    void noLicenceOutsideTheAllowListShips() throws IOException {
        String generated = Files.readString(GENERATED, StandardCharsets.UTF_8);
        // Licences seen in newer releases of well-known libraries that are not open source.
        assertThat(generated.toLowerCase())
                .doesNotContain("business source")
                .doesNotContain("functional source")
                .doesNotContain("commercial")
                .doesNotContain("proprietary")
                .doesNotContain("unknown");
    }
}
