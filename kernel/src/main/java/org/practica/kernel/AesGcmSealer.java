package org.practica.kernel;

import org.practica.kernel.Sealer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a fresh 96-bit nonce per note. A sealed note reads {@code gcm1:<key id>:<base64
 * of nonce and ciphertext>}: the key id lets old notes open after a new key takes over, so keys
 * rotate by adding one in front (see {@link #parse}). The context is authenticated, not stored.
 */
public final class AesGcmSealer implements Sealer {

    private static final String PREFIX = "gcm1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

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
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return id + ":" + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public String currentKeyId() {
        return currentId;
    }

    @Override
    public String seal(String plain, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + ":" + currentId + ":"
                    + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
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
            byte[] all = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored note does not open: it was altered or moved", e);
        }
    }
}
