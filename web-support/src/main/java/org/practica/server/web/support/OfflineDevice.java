package org.practica.server.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.util.HexFormat;

/**
 * What a page tells the browser's offline store: whose store to use and the server's time. The
 * store is named by an opaque tag of the account, so that a browser shared by two people keeps
 * their saved courses and waiting actions apart and no name in it says whose they are. The
 * server's time lets the page stamp what is done offline by the server's clock, not the phone's.
 */
@Named("offline")
@RequestScoped
public class OfflineDevice {

    @Inject
    Clock clock;

    public String getTag() {
        Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? "" : tag(principal.getName());
    }

    static String tag(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("practica offline store\0" + username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getNow() {
        return clock.instant().toString();
    }
}
