package no.helhet.complaint;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks an uploaded complaint letter: a PDF by its content (the {@code %PDF} signature, and PDFBox
 * can read it), within {@code helhet.complaint.max-scan-size}, and not encrypted (an encrypted PDF
 * cannot be kept readable or put in the case bundle). Answers the message key of what is wrong.
 */
@Component
class ScanCheck {

    private static final byte[] SIGNATURE = {'%', 'P', 'D', 'F', '-'};

    private final DataSize maxSize;

    ScanCheck(@Value("${helhet.complaint.max-scan-size:10MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    DataSize maxSize() {
        return maxSize;
    }

    /** The message key of the refusal, or empty when the file may be kept. */
    Optional<String> problem(byte[] content) {
        if (content.length > maxSize.toBytes()) {
            return Optional.of("complaint.scan.tooLarge");
        }
        if (content.length < SIGNATURE.length || !Arrays.equals(Arrays.copyOf(content, SIGNATURE.length), SIGNATURE)) {
            return Optional.of("complaint.scan.notPdf");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                return Optional.of("complaint.scan.encrypted");
            }
            if (document.getNumberOfPages() == 0) {
                return Optional.of("complaint.scan.notPdf");
            }
        } catch (InvalidPasswordException e) {
            return Optional.of("complaint.scan.encrypted");
        } catch (IOException e) {
            return Optional.of("complaint.scan.notPdf");
        }
        return Optional.empty();
    }
}
