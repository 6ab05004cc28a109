package no.helhet.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import no.helhet.shared.MunicipalityProperties;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Renders a letter template to a PDF/A-2a document (tagged, PDF/UA) with DejaVu Sans embedded,
 * a TrueType font that the build takes from npm.
 */
@Service
class LetterRenderer {

    /** Letters are written in bokmål, the municipality's written standard. */
    static final Locale LETTER_LOCALE = Locale.forLanguageTag("nb");

    private static final String FONT_FAMILY = "DejaVu Sans";

    private final SpringTemplateEngine templates;
    private final MunicipalityProperties municipality;

    LetterRenderer(SpringTemplateEngine templates, MunicipalityProperties municipality) {
        this.templates = templates;
        this.municipality = municipality;
    }

    /** Renders {@code templates/letters/<name>.html} with the model and the municipality's details. */
    byte[] render(String name, Map<String, Object> model) {
        return render(name, model, LETTER_LOCALE);
    }

    /** Renders the letter in a language (bokmål or nynorsk). */
    byte[] render(String name, Map<String, Object> model, Locale locale) {
        Context context = new Context(locale);
        context.setVariables(model);
        context.setVariable("municipality", municipality);
        String html = templates.process("letters/" + name, context);
        return toPdf(html);
    }

    static byte[] toPdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.io.InputStream font(String file) {
        java.io.InputStream in = LetterRenderer.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the build: " + file);
        }
        return in;
    }
}
