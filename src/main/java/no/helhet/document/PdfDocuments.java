package no.helhet.document;

import java.util.Locale;
import java.util.Map;
import no.helhet.shared.MunicipalityProperties;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * PDF/A-2a documents that belong to no family and are not stored (the annual report for the
 * municipal leadership): rendered as the letters are, in the language asked for.
 */
@Service
public class PdfDocuments {

    private final SpringTemplateEngine templates;
    private final MunicipalityProperties municipality;

    PdfDocuments(SpringTemplateEngine templates, MunicipalityProperties municipality) {
        this.templates = templates;
        this.municipality = municipality;
    }

    /** Renders {@code templates/reports/<name>.html} with the model and the municipality's details. */
    public byte[] render(String name, Map<String, Object> model, Locale locale) {
        Context context = new Context(locale);
        context.setVariables(model);
        context.setVariable("municipality", municipality);
        return LetterRenderer.toPdf(templates.process("reports/" + name, context));
    }
}
