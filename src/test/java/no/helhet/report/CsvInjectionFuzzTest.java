package no.helhet.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzing (issue 12): a cell of the CSV export never starts a formula in a spreadsheet (=, +, -, @,
 * tab or carriage return first, also inside quotes), a separator or line break never splits it, and
 * the text survives: reading the cell back gives the value, with at most a leading apostrophe.
 */
class CsvInjectionFuzzTest {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    @FuzzTest(maxDuration = "2m")
    void csvCell(String value) {
        String cell = DashboardExports.csvCell(value);
        String read = read(cell);
        if (!read.isEmpty()) {
            assertThat(FORMULA_STARTS.indexOf(read.charAt(0)))
                    .as("cell %s", cell)
                    .isNegative();
        }
        String expected = value == null ? "" : value;
        assertThat(read.equals(expected) || read.equals("'" + expected))
                .as("cell %s", cell)
                .isTrue();
    }

    /** The value of one cell as a CSV reader sees it (RFC 4180 quoting, ';' between cells). */
    private static String read(String cell) {
        if (cell.startsWith("\"")) {
            assertThat(cell).endsWith("\"").hasSizeGreaterThan(1);
            String inner = cell.substring(1, cell.length() - 1);
            assertThat(inner.replace("\"\"", "")).doesNotContain("\"");
            return inner.replace("\"\"", "\"");
        }
        assertThat(cell).doesNotContain(";", "\n", "\r", "\"");
        return cell;
    }
}
