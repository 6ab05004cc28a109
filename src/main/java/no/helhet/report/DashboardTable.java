package no.helhet.report;

import java.util.List;

/**
 * One table of the dashboard: what the page shows beside its chart, and what the CSV and XLSX
 * exports hold. Headings and labels are message keys, resolved in the reader's language.
 *
 * @param id the table's name in export URLs
 * @param titleKey the heading
 * @param labelHeaderKeys the headings of the label columns (e.g. unit, sector)
 * @param countHeaderKeys the headings of the figure columns
 * @param rows the rows
 */
record DashboardTable(
        String id, String titleKey, List<String> labelHeaderKeys, List<String> countHeaderKeys, List<Row> rows) {

    /** A row: its labels, then its figures. */
    record Row(List<Label> labels, List<Count> counts) {}

    /** A label: a message key, or a text as it is (a unit's name, a month). */
    record Label(String key, String text) {

        static Label key(String key) {
            return new Label(key, null);
        }

        static Label text(String text) {
            return new Label(null, text);
        }
    }

    /** The largest figure shown in the first figure column, for scaling the chart's bars. */
    public long chartMax() {
        return rows.stream()
                .map(r -> r.counts().get(0))
                .filter(c -> c != null && !c.suppressed())
                .mapToLong(Count::value)
                .max()
                .orElse(0);
    }
}
