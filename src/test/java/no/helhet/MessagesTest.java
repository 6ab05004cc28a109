package no.helhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three language bundles are in sync, and no template holds text a user sees outside a bundle. */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Attribute text inside a tag, where a quoted value may hold '>'. */
    private static final String ATTRIBUTES = "(?:[^>\"']|\"[^\"]*\"|'[^']*')*";

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{'?([a-zA-Z0-9_.]+)['}(]");

    @ParameterizedTest(name = "messages_{0} has exactly the keys of the bokmål bundle")
    @ValueSource(strings = {"nn", "en"})
    void bundlesAreInSync(String language) throws IOException {
        Set<String> base = keys("messages.properties");
        Set<String> other = keys("messages_" + language + ".properties");
        assertThat(other).as("keys missing from messages_" + language).containsAll(base);
        assertThat(base).as("keys only in messages_" + language).containsAll(other);
    }

    @Test
    void everyLiteralMessageKeyInTheTemplatesExists() throws IOException {
        Set<String> base = keys("messages.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
            while (m.find()) {
                String key = m.group(1);
                boolean prefix = key.endsWith(".");
                if (prefix ? base.stream().noneMatch(k -> k.startsWith(key)) : !base.contains(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html =
                    Files.readString(template).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<style.*?</style>", "");
            String withoutReplacedText = html.replaceAll(
                    "(?s)<(\\w+)(" + ATTRIBUTES + "\\sth:(?:u)?text=\"[^\"]*\"" + ATTRIBUTES + ")>[^<]*</\\1>", "");
            String text = withoutReplacedText.replaceAll("(?s)<" + ATTRIBUTES + ">", " ");
            Matcher letters = Pattern.compile("[\\p{L}]{2,}[^<]*").matcher(text);
            while (letters.find()) {
                literals.add(
                        TEMPLATES.relativize(template) + ": " + letters.group().strip());
            }
            Matcher attributes = Pattern.compile("\\s(alt|title|placeholder|aria-label)=\"[^\"]*\\p{L}")
                    .matcher(html);
            while (attributes.find()) {
                literals.add(TEMPLATES.relativize(template) + ": attribute "
                        + attributes.group().strip());
            }
        }
        assertThat(literals).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
