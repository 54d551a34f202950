package org.practica.mentoring.domain.session;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Encrypts sensitive free text (reflections, supervision notes) before it is stored and decrypts
 * it when read. The context (which session, which field) is bound to the ciphertext, so a sealed
 * note copied into another row or field does not open. The server installs the implementation at
 * start-up; entities reach it here because Jakarta Persistence does not inject into them.
 */
public interface NoteSealer {

    String seal(String plain, String context);

    String open(String sealed, String context);

    AtomicReference<NoteSealer> INSTALLED = new AtomicReference<>();

    static void install(NoteSealer sealer) {
        INSTALLED.set(sealer);
    }

    static NoteSealer installed() {
        NoteSealer s = INSTALLED.get();
        if (s == null) {
            throw new IllegalStateException("No note sealer installed: notes cannot be stored or read unencrypted");
        }
        return s;
    }
}
