package org.practica.kernel;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Encrypts sensitive free text (reflections, supervision notes) before it is stored and decrypts
 * it when read. The context (which session, which field) is bound to the ciphertext, so a sealed
 * note copied into another row or field does not open. The server installs the implementation at
 * start-up; entities reach it here because Jakarta Persistence does not inject into them.
 */
public interface Sealer {

    String seal(String plain, String context);

    /**
     * Seals a person's text so that it opens only while each owner's data key for the scope (such
     * as one supervision relationship) exists: erasing an owner deletes all their keys, retention
     * a scope's, and every copy of the text (backups included) stops opening.
     */
    String sealFor(java.util.List<String> owners, String scope, String plain, String context);

    String open(String sealed, String context);

    /** The id of the installation key that seals now; what another key sealed is sealed again at start-up. */
    String currentKeyId();

    AtomicReference<Sealer> INSTALLED = new AtomicReference<>();

    static void install(Sealer sealer) {
        INSTALLED.set(sealer);
    }

    static Sealer installed() {
        Sealer s = INSTALLED.get();
        if (s == null) {
            throw new IllegalStateException("No note sealer installed: notes cannot be stored or read unencrypted");
        }
        return s;
    }
}
