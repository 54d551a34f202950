package org.practica.kernel;

import org.practica.kernel.Sealer;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a fresh 96-bit nonce per note. A sealed note reads {@code gcm1:<key id>:<base64
 * of nonce and ciphertext>}: the key id lets old notes open after a new key takes over, so keys
 * rotate by adding one in front (see {@link #parse}). The context is authenticated, not stored.
 */
public final class AesGcmSealer implements Sealer {

    private static final String PREFIX = "gcm1";

    private final String currentId;
    private final Map<String, SecretKey> keys;

    public AesGcmSealer(Map<String, byte[]> keysNewestFirst) {
        if (keysNewestFirst.isEmpty()) {
            throw new IllegalArgumentException("at least one note key is needed");
        }
        Map<String, SecretKey> k = new LinkedHashMap<>();
        keysNewestFirst.forEach((id, bytes) -> {
            if (bytes.length != 32) {
                throw new IllegalArgumentException("note key " + id + " must be 256 bits (32 bytes), not " + bytes.length);
            }
            if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalArgumentException("note key ids are letters, digits, - and _ (at most 32)");
            }
            k.put(id, new SecretKeySpec(bytes, "AES"));
        });
        this.keys = Map.copyOf(k);
        this.currentId = k.keySet().iterator().next();
    }

    /** Keys as configured: {@code id:base64,id:base64}, the newest (the one that seals) first. */
    public static AesGcmSealer parse(String configured) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : configured.split(",")) {
            String e = entry.strip();
            int colon = e.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("note keys are written id:base64, separated by commas");
            }
            keys.put(e.substring(0, colon), Base64.getDecoder().decode(e.substring(colon + 1)));
        }
        return new AesGcmSealer(keys);
    }

    /** A new random key, in the form {@link #parse} reads. */
    public static String newKey(String id) {
        return id + ":" + Base64.getEncoder().encodeToString(GcmBox.randomBytes(32));
    }

    @Override
    public String currentKeyId() {
        return currentId;
    }

    @Override
    public String seal(String plain, String context) {
        try {
            return PREFIX + ":" + currentId + ":" + GcmBox.seal(keys.get(currentId), plain, context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a note", e);
        }
    }

    /** The installation's key alone never seals a person's text: that takes their data key. */
    @Override
    public String sealFor(java.util.List<String> owners, String scope, String plain, String context) {
        throw new UnsupportedOperationException("a person's text is sealed with their data key, not the installation's key");
    }

    @Override
    public String open(String sealed, String context) {
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalStateException("A stored note is not in a sealed form this server reads");
        }
        SecretKey key = keys.get(parts[1]);
        if (key == null) {
            // the note itself is never part of a message
            throw new IllegalStateException("A stored note was sealed with key " + parts[1] + ", which this server has not been given");
        }
        try {
            return GcmBox.open(key, parts[2], context);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored note does not open: it was altered or moved", e);
        }
    }
}
