package no.helhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
