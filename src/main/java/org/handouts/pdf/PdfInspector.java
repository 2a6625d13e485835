package org.handouts.pdf;

import org.handouts.model.PdfProbe;
import org.openpdf.text.Rectangle;
import org.openpdf.text.exceptions.BadPasswordException;
import org.openpdf.text.pdf.PdfReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a PDF with the same library that later imports its page into a handout (OpenPDF), so a
 * picture the checker accepts is one the renderer can draw.
 */
public final class PdfInspector implements PdfProbe {

    private static final byte[] ENCRYPT = "/Encrypt".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Optional<Facts> inspect(byte[] pdf) {
        // An encrypted file names its security handler in the trailer (or the cross-reference
        // stream's dictionary), which is never compressed. Found before OpenPDF tries to decrypt:
        // decrypting needs Bouncy Castle, which this program does not ship.
        if (contains(pdf, ENCRYPT)) return Optional.of(new Facts(0, true, 0, 0, 0));
        try (PdfReader reader = new PdfReader(pdf)) {
            int pages = reader.getNumberOfPages();
            if (pages < 1) return Optional.of(new Facts(0, reader.isEncrypted(), 0, 0, 0));
            Rectangle page = reader.getPageSize(1);
            return Optional.of(new Facts(pages, reader.isEncrypted(), page.getWidth(), page.getHeight(),
                    reader.getPageRotation(1)));
        } catch (BadPasswordException e) {
            return Optional.of(new Facts(0, true, 0, 0, 0));
        } catch (IOException | RuntimeException e) { // OpenPDF reports a damaged file either way
            return Optional.empty();
        }
    }

    private static boolean contains(byte[] data, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= data.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (data[i + j] != word[j]) continue outer;
            }
            return true;
        }
        return false;
    }
}
