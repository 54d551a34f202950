package org.practica.server.web.certificates;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.practica.server.api.support.ServletProblems;
import org.practica.server.web.support.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Limits public verification per client address: so many look-ups a minute, and far fewer that
 * find nothing. Codes cannot be guessed anyway; this makes trying pointless and keeps one client
 * from taking the server. Over the limit the answer is 429 with Retry-After.
 *
 * <p>Limits come from PRACTICA_VERIFY_PER_MINUTE (default 120) and
 * PRACTICA_VERIFY_MISSES_PER_MINUTE (default 10). Behind a proxy, configure Liberty's remoteIp so
 * the address is the client's, not the proxy's.
 */
@WebFilter(urlPatterns = {"/api/v1/certificates/verify/*", "/verify.xhtml"})
public class VerificationLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private record Allowance(Bucket lookups, Bucket misses) {
    }

    private transient Cache<String, Allowance> clients;
    private long perMinute;
    private long missesPerMinute;

    @Override
    public void init() {
        var config = ConfigProvider.getConfig();
        perMinute = config.getOptionalValue("PRACTICA_VERIFY_PER_MINUTE", Long.class).orElse(120L);
        missesPerMinute = config.getOptionalValue("PRACTICA_VERIFY_MISSES_PER_MINUTE", Long.class).orElse(10L);
        clients = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Allowance allowance = clients.get(request.getRemoteAddr(), address -> new Allowance(bucket(perMinute), bucket(missesPerMinute)));
        if (allowance.misses().getAvailableTokens() <= 0 || !allowance.lookups().tryConsume(1)) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
            allowance.misses().tryConsume(1);
        }
    }

    private static Bucket bucket(long perMinute) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = Messages.get(ServletProblems.locale(request), "verify.tooMany");
        response.setHeader("Retry-After", "60");
        if (request.getRequestURI().contains("/api/")) {
            ServletProblems.write(request, response, 429, "too-many-requests", "problem.tooManyRequests", detail);
        } else {
            response.setStatus(429);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType("text/plain");
            response.getWriter().write(detail);
        }
    }
}
