package no.helhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every legal term in docs/glossary.md names a type that carries it: each type named in the "Name
 * in code" column (a backticked name starting with a capital, the part before a dot) exists under
 * src/main/java, unless the row says "(not built yet)".
 */
class GlossaryTest {

    private static final Pattern TYPE = Pattern.compile("`([A-Z][a-z][A-Za-z0-9]*)(?:\\.[A-Za-z_]+)*`");

    @Test
    void everyNamedTypeExists() throws IOException {
        Set<String> types;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            types = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length()))
                    .collect(Collectors.toSet());
        }
        List<String> named = namedTypes(Files.readAllLines(Path.of("docs/glossary.md")));
        assertThat(named).as("types named in the glossary").hasSizeGreaterThan(30);
        assertThat(named)
                .as("glossary names without a type in src/main")
                .allSatisfy(t -> assertThat(types).contains(t));
    }

    @Test
    void aMissingTypeIsCaught() {
        assertThat(namedTypes(List.of("| mål | `NoSuchGoal` | A goal. |"))).containsExactly("NoSuchGoal");
        assertThat(namedTypes(List.of("| mål | `Goal` (not built yet) | A goal. |")))
                .isEmpty();
    }

    private static List<String> namedTypes(List<String> lines) {
        List<String> named = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split("\\|");
            if (cells.length < 4 || line.contains("not built yet") || line.startsWith("|---")) {
                continue;
            }
            Matcher m = TYPE.matcher(cells[2]);
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        return named;
    }
}
