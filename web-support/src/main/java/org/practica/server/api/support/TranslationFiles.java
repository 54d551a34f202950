package org.practica.server.api.support;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.practica.documents.UploadedText;
import org.practica.documents.Xliff;
import org.practica.kernel.InvalidInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Function;

/** The API's side of translation files: an XLIFF download, and an upload read whole but never past its limit. */
public final class TranslationFiles {

    private TranslationFiles() {
    }

    /** The file as a download named {@code name-language.xlf}. */
    public static Response download(String file, String name, String language) {
        return Response.ok(file, Xliff.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + language.strip().toLowerCase(Locale.ROOT) + ".xlf\"")
                .build();
    }

    /** Reads a sent file of at most {@code maxBytes} as UTF-8 and answers with what {@code imported} makes of it; 413 when larger. */
    public static Response upload(InputStream body, int maxBytes, HttpHeaders headers, UriInfo uri, Function<String, Object> imported) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            return ProblemResponses.simple(413, "too-large", "problem.tooLarge", "body.tooLarge", headers, uri, maxBytes / 1024);
        }
        if (bytes.length == 0) {
            throw new InvalidInput("file", "exchange.file.empty");
        }
        return Response.ok(imported.apply(UploadedText.utf8("file", bytes))).build();
    }
}
