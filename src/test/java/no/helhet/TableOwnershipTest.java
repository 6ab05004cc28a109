package no.helhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the owning module touches a table: SQL in one module's Java sources names no table of
 * another module. A table belongs to the module whose migration created it
 * ({@code V00n__<module>_….sql}). What another module needs, the owner offers as a query or an
 * interface it implements. No module is exempt: the demo data generator goes through the services.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/no/helhet");

    private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");
    private static final Pattern CREATED = Pattern.compile(
            "(?i)\\bcreate\\s+(?:table|(?:or\\s+replace\\s+)?view)\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern STRINGS = Pattern.compile("(?s)\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"");
    /** A string literal is read as SQL when it holds an SQL keyword that prose rarely has. */
    private static final Pattern SQL_LIKE = Pattern.compile(
            "(?i)\\b(?:select|insert\\s+into|delete\\s+from|where|join|references)\\b|\\bupdate\\s+\\w+\\s+set\\b");

    private static final Pattern SQL_NAME =
            Pattern.compile("(?i)\\b(?:from|join|into|update|references|table)\\s+(\\w+)");
    private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(\\s*\"(\\w+)\"");

    @Test
    void sqlNamesOnlyTheModulesOwnTables() {
        Map<String, String> owners = tableOwners();
        assertThat(owners).containsEntry("coordinator_request", "request").containsEntry("staff_member", "staff");
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String module = SOURCES.relativize(file).getName(0).toString();
            violations.addAll(foreignTables(module, SOURCES.relativize(file).toString(), read(file), owners));
        }
        assertThat(violations).as("SQL naming another module's table").isEmpty();
    }

    @Test
    void theCheckFindsAForeignTableButNotWordsInCommentsOrMessages() {
        Map<String, String> owners = Map.of("appointment", "appointment", "service", "provider", "task", "task");
        String source = """
                /** Reads from service providers. */
                class X {
                    String key = "provider.service.from service";
                    String sql = \"""
                            select * from task t join appointment a on a.family_id = t.family_id
                            \""";
                }
                """;
        assertThat(foreignTables("task", "task/X.java", source, owners))
                .containsExactly("task/X.java names appointment (module appointment)");
    }

    /** The tables (and views) each migration creates, by the module named in its file name. */
    static Map<String, String> tableOwners() {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                Matcher created = CREATED.matcher(read(file));
                while (created.find()) {
                    owners.put(created.group(1).toLowerCase(), name.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    /** The other modules' tables that the SQL in one source file names. */
    static List<String> foreignTables(String module, String file, String source, Map<String, String> owners) {
        List<String> found = new ArrayList<>();
        String code = COMMENTS.matcher(source).replaceAll(" ");
        Matcher annotation = TABLE_ANNOTATION.matcher(code);
        while (annotation.find()) {
            check(module, file, annotation.group(1), owners, found);
        }
        Matcher literal = STRINGS.matcher(code);
        while (literal.find()) {
            if (!SQL_LIKE.matcher(literal.group()).find()) {
                continue;
            }
            Matcher name = SQL_NAME.matcher(literal.group());
            while (name.find()) {
                check(module, file, name.group(1), owners, found);
            }
        }
        return found;
    }

    private static void check(
            String module, String file, String table, Map<String, String> owners, List<String> found) {
        String owner = owners.get(table.toLowerCase());
        if (owner != null && !owner.equals(module)) {
            found.add(file + " names " + table + " (module " + owner + ")");
        }
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> SOURCES.relativize(f).getNameCount() > 1)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
