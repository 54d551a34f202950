package org.practica.kernel;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals people's texts with their own data keys (envelope encryption), so that erasing a person
 * is deleting their keys. Each person has a random 256-bit key per scope, kept only wrapped by the
 * installation's key; a text that belongs to several people (a supervisor's note on a mentee's
 * session) is sealed with a key derived from all of theirs, and stops opening when any of them is
 * erased. A sealed text reads {@code pk1:<key id>[+<key id>]:<base64 of nonce and ciphertext>}.
 * Texts sealed with the installation's key before data keys existed ({@code gcm1:}) still open.
 *
 * <p>Opened keys are kept in memory for speed; erasing on this server drops them at once. Old
 * backups hold wrapped keys: they stop opening once the installation key that wrapped them is
 * retired, which is why start-up re-wraps every key with the newest installation key.
 */
public final class PersonKeySealer implements Sealer {

    private static final String PREFIX = "pk1";

    private final AesGcmSealer installation;
    private final DataKeyStore store;
    private final BoundedCache<String, SecretKey> opened = new BoundedCache<>(10_000);

    public PersonKeySealer(AesGcmSealer installation, DataKeyStore store) {
        this.installation = installation;
        this.store = store;
    }

    @Override
    public String seal(String plain, String context) {
        return installation.seal(plain, context);
    }

    @Override
    public String sealFor(List<String> owners, String scope, String plain, String context) {
        List<String> ids = new ArrayList<>();
        for (String owner : new LinkedHashSet<>(owners)) {
            ids.add(store.current(owner, scope).orElseGet(() -> newKey(owner, scope)));
        }
        try {
            return PREFIX + ":" + String.join("+", ids) + ":" + GcmBox.seal(combined(ids), plain, context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a text", e);
        }
    }

    @Override
    public String open(String sealed, String context) {
        if (!sealed.startsWith(PREFIX + ":")) {
            return installation.open(sealed, context);
        }
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalStateException("A stored text is not in a sealed form this server reads");
        }
        SecretKey key = combined(List.of(parts[1].split("\\+")));
        try {
            return GcmBox.open(key, parts[2], context);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored text does not open: it was altered or moved", e);
        }
    }

    @Override
    public String currentKeyId() {
        return installation.currentKeyId();
    }

    /** Deletes the owner's keys: what was sealed for them never opens again. How many keys went. */
    public int forget(String owner) {
        List<String> ids = store.forget(owner);
        ids.forEach(opened::remove);
        return ids.size();
    }

    /** Deletes every key of these scopes: what was sealed in them never opens again. How many keys went. */
    public int forgetScopes(java.util.Collection<String> scopes) {
        List<String> ids = store.forgetScopes(scopes);
        ids.forEach(opened::remove);
        return ids.size();
    }

    /** Re-wraps keys wrapped by an older installation key with the newest; how many were re-wrapped. */
    public int rewrapAll() {
        int done = 0;
        Map<String, String> batch;
        while (!(batch = store.wrappedOtherThan(installation.currentKeyId(), 500)).isEmpty()) {
            for (Map.Entry<String, String> e : batch.entrySet()) {
                store.rewrap(e.getKey(), installation.seal(installation.open(e.getValue(), wrapContext(e.getKey())), wrapContext(e.getKey())));
                done++;
            }
        }
        return done;
    }

    private String newKey(String owner, String scope) {
        String keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(GcmBox.randomBytes(12));
        byte[] key = GcmBox.randomBytes(32);
        store.add(keyId, owner, scope, installation.seal(Base64.getEncoder().encodeToString(key), wrapContext(keyId)));
        return keyId;
    }

    private SecretKey combined(List<String> ids) {
        SecretKey first = key(ids.get(0));
        if (ids.size() == 1) {
            return first;
        }
        try {
            byte[] k = first.getEncoded();
            for (String id : ids.subList(1, ids.size())) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(k, "HmacSHA256"));
                k = mac.doFinal(key(id).getEncoded());
            }
            return new SecretKeySpec(k, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not combine data keys", e);
        }
    }

    private SecretKey key(String id) {
        SecretKey key = opened.remember(id, () -> store.wrapped(id)
                .map(w -> (SecretKey) new SecretKeySpec(Base64.getDecoder().decode(installation.open(w, wrapContext(id))), "AES"))
                .orElse(null));
        if (key == null) {
            throw new ShreddedText();
        }
        return key;
    }

    private static String wrapContext(String keyId) {
        return "data-key/" + keyId;
    }

    /** A text whose owner was erased: its key is gone, so it cannot be read by anyone. */
    public static final class ShreddedText extends IllegalStateException {

        public ShreddedText() {
            super("A stored text was sealed with a data key that has been erased: it can no longer be read");
        }
    }
}
