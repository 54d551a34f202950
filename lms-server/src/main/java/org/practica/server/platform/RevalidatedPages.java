package org.practica.server.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A lesson or quiz page a learner opens again, unchanged, is not sent again over their slow line:
 * the browser keeps its copy (private, and asked about every time: {@code no-cache}), and the
 * server answers 304 when the copy still shows what a new render would ({@link PageCopy}). The
 * page is rendered either way, so every request still sees the account's current state. These
 * pages hold course text and the learner's own progress and attempts, nothing sensitive; signing
 * out clears the browser's copies (Clear-Site-Data, LogoutBean). Every other page stays
 * {@code no-store}.
 */
@WebFilter(urlPatterns = {"/courses/lesson.xhtml", "/courses/quiz.xhtml"})
public class RevalidatedPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (!"GET".equals(request.getMethod()) || session == null) {
            chain.doFilter(request, response);
            return;
        }
        Rendered rendered = new Rendered(response);
        chain.doFilter(request, rendered);
        byte[] body = rendered.body();
        String type = response.getContentType();
        if (response.getStatus() != HttpServletResponse.SC_OK || response.isCommitted() || type == null || !type.startsWith("text/html")) {
            if (body.length > 0) {   // a redirect or an error page has written for itself
                response.getOutputStream().write(body);
            }
            return;
        }
        Charset charset = charsetOf(response);
        Optional<PageCopy> render = PageCopy.of(new String(body, charset), session.getId());
        if (render.isEmpty()) {
            response.getOutputStream().write(body);
            return;
        }
        Optional<PageCopy> held = PageCopy.named(request.getHeader("If-None-Match"));
        if (held.isPresent() && held.get().canStandIn(render.get())) {
            // nothing of this render goes out, its headers neither: the copy keeps the policy
            // (script nonce) it was sent with
            response.reset();
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader("ETag", held.get().etag());
            response.setHeader("Cache-Control", "private, no-cache");
            return;
        }
        response.setHeader("ETag", render.get().etag());
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Expires", null);
        response.getOutputStream().write(body);
    }

    private static Charset charsetOf(HttpServletResponse response) {
        String name = response.getCharacterEncoding();
        return name == null || !Charset.isSupported(name) ? StandardCharsets.UTF_8 : Charset.forName(name);
    }

    /** The page as rendered, held back until it is known whether it is sent. */
    private static final class Rendered extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;

        Rendered(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("a page is rendered in one go");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charsetOf(this)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // held: sending now would decide for 200
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
        }

        @Override
        public void reset() {
            super.reset();
            bytes.reset();
        }

        @Override
        public void setContentLength(int len) {
            // the length of what is finally sent is the container's to set
        }

        @Override
        public void setContentLengthLong(long len) {
            // as above
        }
    }
}
