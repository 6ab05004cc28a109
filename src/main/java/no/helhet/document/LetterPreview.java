package no.helhet.document;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Sends a letter's preview ({@link Letters#preview}) to the browser: a PDF shown in the tab
 * (Content-Disposition inline), never cached, with a file name that says it is a draft.
 */
public final class LetterPreview {

    private LetterPreview() {}

    public static void write(HttpServletResponse response, byte[] pdf) throws IOException {
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename("utkast.pdf").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
        response.flushBuffer();
    }
}
