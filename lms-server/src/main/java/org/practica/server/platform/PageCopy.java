package org.practica.server.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser's copy of a rendered page is, told in its ETag: a digest of what the page shows,
 * the session it was rendered in, and the number of the Faces view its forms post back to.
 * <p>
 * Two renders of an unchanged page differ only in what each render makes anew (the script nonce,
 * the view state, the clock in {@code data-now}); those are left out of the digest. A copy is
 * still good while it shows the same, in the same session, and its view is one of the last few
 * the session made: the server keeps a session's latest views (MyFaces, 20 by default), and a form
 * posted from an older one would find its view gone.
 */
record PageCopy(String digest, String session, long view) {

    /** Fewer views than the server keeps, so that a copy's forms still find theirs. */
    static final int VIEWS_STILL_KEPT = 10;

    private static final Pattern MADE_PER_RENDER = Pattern.compile(
            "(nonce|data-now|name=\"primefaces\\.nonce\" value|name=\"jakarta\\.faces\\.ViewState\" id=\"[^\"]*\" value)=\"[^\"]*\"");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("W/\"([0-9a-f]{32})\\.([0-9a-f]{8})\\.([0-9a-f]{1,8})\"");

    /** The copy a render makes, if its view number can be read (else it is not offered for keeping). */
    static Optional<PageCopy> of(String html, String sessionId) {
        Optional<Long> view = viewNumber(html);
        if (view.isEmpty() && VIEW_STATE.matcher(html).find()) {
            return Optional.empty();
        }
        String shown = MADE_PER_RENDER.matcher(html).replaceAll("$1=\"\"");
        return Optional.of(new PageCopy(sha256(shown).substring(0, 32), sha256(sessionId).substring(0, 8), view.orElse(0L)));
    }

    /** The copy an If-None-Match names, if it is one of ours. */
    static Optional<PageCopy> named(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(ifNoneMatch.trim());
        return m.matches() ? Optional.of(new PageCopy(m.group(1), m.group(2), Long.parseLong(m.group(3), 16))) : Optional.empty();
    }

    String etag() {
        return "W/\"" + digest + "." + session + "." + Long.toHexString(view) + "\"";
    }

    /** True when the browser may show its copy instead of this render. */
    boolean canStandIn(PageCopy render) {
        long since = render.view - view;
        return digest.equals(render.digest) && session.equals(render.session) && since >= 0 && since < VIEWS_STILL_KEPT;
    }

    /**
     * MyFaces writes a server-side view state as base64 of a hex key whose last eight digits count
     * the session's views.
     */
    private static Optional<Long> viewNumber(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            String key = new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.US_ASCII);
            if (key.length() <= 8 || !key.matches("[0-9a-f]+")) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(key.substring(key.length() - 8), 16));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
