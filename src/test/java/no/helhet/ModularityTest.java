package no.helhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules' declared dependencies hold, there are no cycles, and the module map is drawn. */
class ModularityTest {

    private static final Path DOCS = Path.of("target", "modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(HelhetApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleMap() throws IOException {
        deleteOldDocs();

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        Path components = DOCS.resolve("components.puml");
        assertThat(components).isNotEmptyFile();
        String map = Files.readString(components);
        assertThat(modules.stream()).isNotEmpty().allSatisfy(module -> {
            assertThat(map)
                    .as("the module map names %s", module.getIdentifier())
                    .contains("\"" + module.getDisplayName() + "\"");
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml"))
                    .as("the diagram of %s", module.getIdentifier())
                    .isNotEmptyFile();
        });
        assertThat(modules.stream().map(ApplicationModule::getDisplayName)).contains("Family", "Demo");
    }

    /** The README's module map names every module, and each row's "May use" is what the module declares. */
    @Test
    void theReadmeModuleMapMatchesTheDeclaredDependencies() throws IOException {
        Map<String, Set<String>> readme = readmeModuleMap();
        List<String> identifiers =
                modules.stream().map(m -> m.getIdentifier().toString()).toList();
        assertThat(readme.keySet()).containsExactlyInAnyOrderElementsOf(identifiers);
        for (String module : identifiers) {
            assertThat(readme.get(module))
                    .as("README's \"May use\" of %s", module)
                    .isEqualTo(declaredDependencies(module));
        }
    }

    private static Map<String, Set<String>> readmeModuleMap() throws IOException {
        Pattern row = Pattern.compile("^\\| `([a-z]+)` \\|.*\\| ([^|]+) \\|$");
        Map<String, Set<String>> map = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                String uses = m.group(2).strip();
                map.put(m.group(1), uses.equals("–") ? Set.of() : Set.copyOf(Arrays.asList(uses.split(",\\s*"))));
            }
        }
        return map;
    }

    /** The module's {@code allowedDependencies}; "all" where it declares none. */
    private static Set<String> declaredDependencies(String module) throws IOException {
        String info = Files.readString(Path.of("src/main/java/no/helhet", module, "package-info.java"));
        Matcher m = Pattern.compile("allowedDependencies\\s*=\\s*\\{([^}]*)}").matcher(info);
        if (!m.find()) {
            return Set.of("all");
        }
        Set<String> declared = new java.util.HashSet<>();
        Matcher name = Pattern.compile("\"([a-z]+)\"").matcher(m.group(1));
        while (name.find()) {
            declared.add(name.group(1));
        }
        return declared;
    }

    private static void deleteOldDocs() throws IOException {
        if (Files.exists(DOCS)) {
            try (Stream<Path> files = Files.walk(DOCS)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
