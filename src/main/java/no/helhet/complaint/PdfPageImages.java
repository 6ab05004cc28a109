package no.helhet.complaint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF as images, for the case bundle: an existing PDF (the decision letter, the
 * scanned complaint) is not merged but drawn page by page into the bundle, which is rendered as one
 * new PDF/A document (docs/adr/0011-complaint-bundle.md). RGB without transparency, as PDF/A wants.
 */
final class PdfPageImages {

    private static final float DPI = 110;

    private PdfPageImages() {}

    /** Each page as a {@code data:image/png;base64,...} URI for an {@code img} in the bundle's HTML. */
    static List<String> of(byte[] pdf) {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                pages.add("data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
