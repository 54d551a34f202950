package org.practica.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.practica.assessments.application.BankTranslations;
import org.practica.assessments.application.QuestionBanks;
import org.practica.courses.application.CourseTranslations;
import org.practica.certificates.domain.body.ProfessionalBody;
import org.practica.courses.domain.media.MediaKind;
import org.practica.server.api.support.BodyTooLarge;
import org.practica.server.api.support.ServletProblems;
import org.practica.server.web.support.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Every request body has a ceiling set by what its endpoint takes (a JSON call is small, an
 * upload or import as large as its documented limit), enforced before anything reads it into
 * memory: a declared length over the ceiling is answered 413 at once, and a body without one is
 * cut off as soon as it passes the ceiling. Eight parallel 60 MB bodies used to exhaust the heap.
 */
@WebFilter(urlPatterns = "/*")
public class RequestBodyLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final long SLACK = 64 * 1024;   // multipart boundaries and headers around a file

    /** Calls, forms and pages: a lesson's 200,000 characters fit with room to spare. */
    static final long DEFAULT_LIMIT = 2L * 1024 * 1024;

    private record Ceiling(Pattern path, long bytes) {
    }

    private static final Ceiling[] CEILINGS = {
            new Ceiling(Pattern.compile("/api/v1/courses/[^/]+/(media|lessons/[^/]+/attachments)"), MediaKind.ATTACHMENT.maxBytes() + SLACK),
            new Ceiling(Pattern.compile("/api/v1/question-banks/[^/]+/imports"), 2L * QuestionBanks.MAX_FILE_CHARS + SLACK),
            new Ceiling(Pattern.compile("/api/v1/courses/[^/]+/translations"), CourseTranslations.MAX_FILE_BYTES + SLACK),
            new Ceiling(Pattern.compile("/api/v1/question-banks/[^/]+/translations"), BankTranslations.MAX_FILE_BYTES + SLACK),
            new Ceiling(Pattern.compile("/api/v1/bodies/[^/]+/logo"), ProfessionalBody.LOGO_MAX_BYTES + SLACK),
            // pages that take a file: the bank's import and a course's media
            new Ceiling(Pattern.compile("/author/.*\\.xhtml|/admin/bodies\\.xhtml"), 2L * QuestionBanks.MAX_FILE_CHARS + SLACK),
    };

    /** type/subtype with optional parameters, as RFC 9110 writes a media type. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+(\\s*;.*)?");

    static long ceilingFor(String path) {
        // most requests (answer saves among them) are none of these: no pattern to try
        if (!(path.startsWith("/api/v1/courses/") || path.startsWith("/api/v1/question-banks/") || path.startsWith("/api/v1/bodies/")
                || path.startsWith("/author/") || path.startsWith("/admin/bodies"))) {
            return DEFAULT_LIMIT;
        }
        for (Ceiling c : CEILINGS) {
            if (c.path().matcher(path).matches()) {
                return c.bytes();
            }
        }
        return DEFAULT_LIMIT;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String declared = request.getContentType();
        if (declared != null && path.startsWith("/api/") && !declared.startsWith("application/json")
                && !MEDIA_TYPE.matcher(declared.strip()).matches()) {
            // the JAX-RS runtime would answer a malformed Content-Type with an HTML page of its own
            unreadableType(request, response);
            return;
        }
        long ceiling = ceilingFor(path);
        if (request.getContentLengthLong() > ceiling) {
            refuse(request, response, ceiling);
            return;
        }
        Bounded bounded = request.getContentLengthLong() < 0 ? new Bounded(request, ceiling) : null;
        try {
            chain.doFilter(bounded == null ? request : bounded, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!BodyTooLarge.in(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(request, response, ceiling);
            return;
        }
        // a reader that caught the cut-off (a JSON parser, say) may have answered 400 instead
        if (bounded != null && bounded.exceeded() && !response.isCommitted()) {
            response.reset();
            refuse(request, response, ceiling);
        }
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, long ceiling) throws IOException {
        String detail = Messages.get(ServletProblems.locale(request), "body.tooLarge", Math.max(1, ceiling / 1024));
        response.setHeader("Connection", "close");   // the rest of the body is not read
        if (request.getRequestURI().contains("/api/")) {
            ServletProblems.write(request, response, 413, "too-large", "problem.tooLarge", detail);
        } else {
            response.setStatus(413);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType("text/plain");
            response.getWriter().write(detail);
        }
        // out at once: the client may still be sending the body that will never be read
        response.flushBuffer();
    }

    private static void unreadableType(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletProblems.write(request, response, 415, "unsupported-media-type", "problem.unsupported-media-type",
                Messages.get(ServletProblems.locale(request), "body.mediaType"));
    }

    /** A request whose body, sent without a declared length, stops at the ceiling. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long ceiling;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long ceiling) {
            super(request);
            this.ceiling = ceiling;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counted(super.getInputStream(), ceiling);
            }
            return stream;
        }

        boolean exceeded() {
            return stream instanceof Counted counted && counted.exceeded;
        }
    }

    private static final class Counted extends ServletInputStream {

        private final ServletInputStream in;
        private final long ceiling;
        private long read;
        private boolean exceeded;

        Counted(ServletInputStream in, long ceiling) {
            this.in = in;
            this.ceiling = ceiling;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > ceiling) {
                exceeded = true;
                throw new BodyTooLarge(ceiling);
            }
        }

        @Override
        public boolean isFinished() { return in.isFinished(); }

        @Override
        public boolean isReady() { return in.isReady(); }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
