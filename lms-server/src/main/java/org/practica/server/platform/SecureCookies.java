package org.practica.server.platform;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether cookies carry the Secure flag: when PRACTICA_SECURE_COOKIES is true, which an
 * installation served over https sets (the same variable sets it on Liberty's session cookie in
 * server.xml); behind a proxy that ends TLS, the server itself sees plain http.
 */
public final class SecureCookies {

    private SecureCookies() {
    }

    public static boolean wanted() {
        return ConfigProvider.getConfig().getOptionalValue("PRACTICA_SECURE_COOKIES", Boolean.class).orElse(false);
    }
}
