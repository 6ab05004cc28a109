package no.helhet.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * The machine's Chromium (/usr/bin/chromium) driven by Playwright, headless; nothing is downloaded.
 * The Playwright driver is the npm package playwright-core that the build copies to
 * target/playwright-driver (Failsafe sets PLAYWRIGHT_DRIVER_DIR and friends). Launched once per run
 * by {@link BrowserTest}; a test takes it as a parameter:
 *
 * <pre>
 * &#64;BeforeEach void open(Browser browser) { context = browser.newContext("http://localhost:" + port); }
 * </pre>
 */
public final class Browser implements AutoCloseable {

    /** The WCAG 2.1 A and AA rules of axe-core. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser launch() {
        Playwright playwright = Playwright.create();
        try {
            com.microsoft.playwright.Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--no-first-run",
                                    "--disable-sync")));
            return new Browser(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh context (own cookies, so its own login) whose relative URLs go to {@code baseUrl}. */
    public BrowserContext newContext(String baseUrl) {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("nb-NO")
                .setTimezoneId("Europe/Oslo")
                .setAcceptDownloads(true)
                .setViewportSize(1280, 900));
    }

    /** Runs axe (WCAG 2.1 A/AA) on the page as it is now and fails with a readable list of violations. */
    public static void assertAccessible(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        if (results.isErrored()) {
            fail("axe could not run on " + what + " (" + page.url() + "): " + results.getErrorMessage());
        }
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            fail("axe checked nothing on " + what + " (" + page.url() + "); was it blocked?");
        }
        List<Rule> violations = results.getViolations();
        if (violations != null && !violations.isEmpty()) {
            fail(describe(violations, what, page.url()));
        }
    }

    static String describe(List<Rule> violations, String what, String url) {
        StringBuilder sb = new StringBuilder()
                .append("axe found ")
                .append(violations.size())
                .append(" WCAG violation(s) on ")
                .append(what)
                .append(" (")
                .append(url)
                .append("):");
        for (Rule rule : violations) {
            sb.append("\n- ")
                    .append(rule.getId())
                    .append(" [")
                    .append(rule.getImpact())
                    .append("]: ")
                    .append(rule.getHelp())
                    .append(" (")
                    .append(rule.getHelpUrl())
                    .append(')');
            for (CheckedNode node : rule.getNodes()) {
                sb.append("\n    at ").append(node.getTarget());
                if (node.getHtml() != null) {
                    sb.append("  ").append(abbreviate(node.getHtml()));
                }
                if (node.getFailureSummary() != null) {
                    sb.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
                }
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String html) {
        String oneLine = html.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    /** Saves a screenshot and the HTML of the page under target/e2e/ (for a failing test); never throws. */
    public static void saveEvidence(Page page, String name) {
        try {
            Path dir = Paths.get("target", "e2e");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(dir.resolve(name + ".png"))
                    .setFullPage(true));
            Files.writeString(dir.resolve(name + ".html"), "<!-- " + page.url() + " -->\n" + page.content());
        } catch (Exception e) {
            // evidence is best effort; the test's own failure is what matters
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
