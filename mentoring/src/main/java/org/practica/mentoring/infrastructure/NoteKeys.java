package org.practica.mentoring.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.practica.kernel.AesGcmSealer;
import org.practica.kernel.PersonKeySealer;
import org.practica.kernel.Sealer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Installs the keys that seal mentoring notes: the installation's key wraps each person's data
 * key, and texts are sealed with their owners' data keys ({@link PersonKeySealer}). They come from {@code PRACTICA_NOTES_KEYS}
 * (MicroProfile Config: environment, server.env or a secret), written {@code id:base64,...} with
 * the sealing key first; rotating means putting a new key in front and keeping the old ones.
 * They are never kept in the database, so a copy of the database alone reveals no note. On the
 * embedded demo database a key is generated once into the data directory (readable by the owner
 * only); an installation on an external database must be given its keys.
 */
@ApplicationScoped
public class NoteKeys {

    private static final Logger LOG = Logger.getLogger(NoteKeys.class.getName());
    static final String FILE = "notes-keys";

    @Inject
    @ConfigProperty(name = "PRACTICA_NOTES_KEYS")
    Optional<String> configured;

    @Resource(lookup = "practica/dataDir")
    String dataDir;

    @Inject
    JdbcDataKeyStore dataKeys;

    private PersonKeySealer sealer;

    /**
     * Called once at start-up, before anything reads or writes a session. People's data keys
     * wrapped by an older installation key are re-wrapped by the newest, so the old one can be
     * retired: backups holding keys wrapped by it then no longer open either.
     */
    public void install(boolean embedded) {
        sealer = new PersonKeySealer(installationKey(configured, embedded, Path.of(dataDir)), dataKeys);
        Sealer.install(sealer);
        int rewrapped = sealer.rewrapAll();
        if (rewrapped > 0) {
            LOG.info(() -> "Re-wrapped " + rewrapped + " people's data keys with the newest notes key");
        }
    }

    /** Deletes a person's data keys: every text sealed for them stops opening, here and in every copy. */
    public int shred(String owner) {
        return sealer.forget(owner);
    }

    /** Deletes the keys of these relationships: their texts stop opening, here and in every copy. */
    public int shredRelationships(java.util.Collection<Long> relationshipIds) {
        return sealer.forgetScopes(relationshipIds.stream().map(org.practica.mentoring.domain.session.SupervisionSession::scopeOf).toList());
    }

    static AesGcmSealer installationKey(Optional<String> configured, boolean embedded, Path dataDir) {
        String keys = configured.filter(k -> !k.isBlank()).orElse(null);
        if (keys == null) {
            if (!embedded) {
                throw new IllegalStateException("PRACTICA_NOTES_KEYS is not set: mentoring notes cannot be stored encrypted. "
                        + "Give it one key, e.g. k1:<base64 of 32 random bytes>");
            }
            keys = generatedOnce(dataDir.resolve(FILE));
        }
        AesGcmSealer installation = AesGcmSealer.parse(keys);
        LOG.info(() -> "People's data keys are wrapped with notes key " + installation.currentKeyId());
        return installation;
    }

    private static String generatedOnce(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    // owner-only from the moment it exists, not after the key is in it
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);   // the directory's own protection applies
                }
                Files.writeString(file, AesGcmSealer.newKey("local1"), StandardCharsets.US_ASCII);
                LOG.warning("Generated a key for mentoring notes in " + file + "; production installations set PRACTICA_NOTES_KEYS");
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the notes key in " + file, e);
        }
    }
}
