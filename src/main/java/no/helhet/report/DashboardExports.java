package no.helhet.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A dashboard table as CSV or XLSX, in the reader's language, with hidden figures as the same words
 * the page shows (never their value).
 */
@Component
class DashboardExports {

    private final MessageSource messages;

    DashboardExports(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * CSV as Excel in Norway reads it (semicolons, UTF-8 with a byte order mark). A cell that a
     * spreadsheet would take as a formula (starting with = + - @, a tab or a carriage return) is
     * prefixed with an apostrophe.
     */
    byte[] csv(DashboardTable table, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> line : lines(table, locale)) {
            out.append(String.join(
                            ";", line.stream().map(DashboardExports::csvCell).toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** XLSX: the heading row, then the rows; shown figures as numbers, hidden ones as text. */
    byte[] xlsx(DashboardTable table, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Helhet", "1.0");
            Worksheet ws = wb.newWorksheet(sheetName(message(table.titleKey(), locale)));
            List<String> headers = headers(table, locale);
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (DashboardTable.Row row : table.rows()) {
                int c = 0;
                for (DashboardTable.Label label : row.labels()) {
                    ws.value(r, c++, label(label, locale));
                }
                for (Count count : row.counts()) {
                    if (count == null) {
                        c++;
                    } else if (count.suppressed()) {
                        ws.value(r, c++, hidden(count, locale));
                    } else {
                        ws.value(r, c++, count.number());
                    }
                }
                r++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<List<String>> lines(DashboardTable table, Locale locale) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(headers(table, locale));
        for (DashboardTable.Row row : table.rows()) {
            List<String> line = new ArrayList<>();
            row.labels().forEach(l -> line.add(label(l, locale)));
            row.counts().forEach(c -> line.add(text(c, locale)));
            lines.add(line);
        }
        return lines;
    }

    private List<String> headers(DashboardTable table, Locale locale) {
        List<String> headers = new ArrayList<>();
        table.labelHeaderKeys().forEach(k -> headers.add(message(k, locale)));
        table.countHeaderKeys().forEach(k -> headers.add(message(k, locale)));
        return headers;
    }

    String text(Count count, Locale locale) {
        if (count == null) {
            return "";
        }
        return count.suppressed() ? hidden(count, locale) : count.text(locale);
    }

    private String hidden(Count count, Locale locale) {
        return messages.getMessage(count.hiddenKey(), new Object[] {count.suppressBelow()}, locale);
    }

    private String label(DashboardTable.Label label, Locale locale) {
        return label.key() == null ? label.text() : message(label.key(), locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet's name. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
