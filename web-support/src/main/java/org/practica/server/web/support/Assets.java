package org.practica.server.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The address of one of the application's own stylesheets or scripts, with a digest of its content
 * in the query ({@code ?d=3f2a9c...}): browsers may keep it for a year, and a new release changes
 * the address of whatever changed, so nobody reads yesterday's stylesheet with today's page.
 */
@Named("assets")
@ApplicationScoped
public class Assets {

    /** The query parameter that carries the digest; not "v", which Faces reads as a library version. */
    public static final String DIGEST = "d";

    private final Map<String, String> paths = new ConcurrentHashMap<>();

    public String url(String name) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestContextPath() + paths.computeIfAbsent(name,
                n -> "/jakarta.faces.resource/" + n + ".xhtml?" + DIGEST + "=" + digest(external, n));
    }

    private static String digest(ExternalContext external, String name) {
        try (InputStream in = external.getResourceAsStream("/resources/" + name)) {
            if (in == null) {
                return "0";
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(in.readAllBytes())).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
