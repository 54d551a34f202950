package org.practica.server.web.identity;

/** Where to go after signing in or accepting the notice: only paths on this server. */
final class LocalTarget {

    private LocalTarget() {
    }

    /** The path asked for, or the dashboard when it could lead elsewhere (a look-alike site) or back to a step already done. */
    static String of(String next, String... notBack) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/index.xhtml";
        }
        for (String step : notBack) {
            if (next.startsWith(step)) {
                return "/index.xhtml";
            }
        }
        return next;
    }
}
