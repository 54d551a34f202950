package org.practica.server.web.courses;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.practica.courses.application.CourseMedia;
import org.practica.courses.domain.media.MediaAsset;
import org.practica.courses.domain.media.ImageWidths;
import org.practica.courses.domain.media.MediaKind;
import org.practica.identity.application.Caller;
import org.practica.kernel.NotFound;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves course images and attachments at {@code /media/{id}/{name}}. Assets never change, so a
 * phone downloads each one once and then keeps it (private: lessons are for signed-in readers).
 * Anything that is not an image is a download, and a sandbox policy keeps an uploaded file from
 * ever running as a page of ours.
 */
@WebServlet(urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseMedia media;

    @Inject
    transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 3 || !parts[1].matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaAsset asset;
        try {
            asset = media.open(caller.get(), Long.parseLong(parts[1]));
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!asset.fileName().equals(parts[2])) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // ?w=640: a smaller WebP copy of an image (ImageWidths); the original when there is none to make
        String width = request.getParameter("w");
        byte[] copy = null;
        if (width != null) {
            if (!width.matches("\\d{1,4}") || !ImageWidths.isServed(Integer.parseInt(width))) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            copy = media.smallerCopy(caller.get(), asset.id(), Integer.parseInt(width)).orElse(null);
        }
        String etag = "\"" + asset.sha256() + (copy == null ? "" : "-w" + width) + "\"";
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(copy == null ? asset.contentType() : "image/webp");
        // replaces the site-wide policy of SecurityHeaders (which also sends nosniff) for these responses
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        if (asset.kind() != MediaKind.IMAGE) {
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(asset.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        byte[] content = copy == null ? asset.content() : copy;
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
