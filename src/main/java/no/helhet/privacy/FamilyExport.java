package no.helhet.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.helhet.document.PdfDocuments;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything Helhet holds about a family, for the family's right of access (GDPR art. 15): every
 * row in every family table the catalogue finds, as JSON (complete, stored documents as base64)
 * and as a PDF/A-2 (the same rows, a stored document shown by its size).
 */
@Service
class FamilyExport {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final FamilyData data;
    private final PdfDocuments pdfs;
    private final Clock clock;

    FamilyExport(FamilyData data, PdfDocuments pdfs, Clock clock) {
        this.data = data;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    byte[] json(UUID familyId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("family", familyId.toString());
        export.put("exportedAt", clock.instant().toString());
        Map<String, Object> tables = new LinkedHashMap<>();
        data.rowsOf(familyId)
                .forEach((table, rows) ->
                        tables.put(table, rows.stream().map(FamilyExport::plain).toList()));
        export.put("tables", tables);
        return JSON.writeValueAsBytes(export);
    }

    byte[] pdf(UUID familyId, Locale locale) {
        List<Map<String, Object>> tables = new ArrayList<>();
        data.rowsOf(familyId).forEach((table, rows) -> {
            List<List<String[]>> shown = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                List<String[]> cells = new ArrayList<>();
                row.forEach((column, value) -> cells.add(new String[] {column, shown(value)}));
                shown.add(cells);
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", table);
            t.put("rows", shown);
            tables.add(t);
        });
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("familyId", familyId.toString());
        model.put("exportedAt", java.time.LocalDate.now(clock));
        model.put("tables", tables);
        model.put("lang", locale.getLanguage());
        return pdfs.render("family-export", model, locale);
    }

    /** A row as JSON can hold it: times and dates as ISO text, anything else (a database object too) as its text. */
    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> out.put(column, plainValue(value)));
        return out;
    }

    private static Object plainValue(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof byte[]) {
            return value;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Array a) {
            try {
                return List.of((Object[]) a.getArray()).stream()
                        .map(String::valueOf)
                        .toList();
            } catch (java.sql.SQLException e) {
                return String.valueOf(a);
            }
        }
        return value.toString();
    }

    private static String shown(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        Object plain = plainValue(value);
        return String.valueOf(plain);
    }
}
