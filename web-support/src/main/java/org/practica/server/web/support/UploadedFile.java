package org.practica.server.web.support;

import jakarta.servlet.http.Part;
import org.practica.documents.UploadedText;
import org.practica.kernel.InvalidInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A file sent through a page's form, read as text: refused for field {@code file} when missing, empty, too large or not UTF-8. */
public final class UploadedFile {

    private UploadedFile() {
    }

    public static String text(Part file, int maxBytes) {
        if (file == null || file.getSize() == 0) {
            throw new InvalidInput("file", "exchange.file.empty");
        }
        if (file.getSize() > maxBytes) {
            throw new InvalidInput("file", "body.tooLarge", maxBytes / 1024);
        }
        try (InputStream in = file.getInputStream()) {
            return UploadedText.utf8("file", in.readNBytes(maxBytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
