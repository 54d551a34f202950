package org.practica.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Directories and secret files that only the server's OS user can open. A directory another
 * account created first (in /tmp anyone can) or a symbolic link in its place is refused rather
 * than used, since its owner could read or replace what we put in it.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerOnly() {
    }

    /** The directory, created if missing, owned by us and closed to everyone else. */
    public static Path directory(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
            } catch (FileAlreadyExistsException raced) {
                // checked below like any directory found in place
            }
        }
        PosixFileAttributes found = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!found.isDirectory()) {
            throw new IOException(dir + " is not a directory of its own (a link or a file is in its place)");
        }
        if (!found.owner().equals(currentUser(dir))) {
            throw new IOException(dir + " belongs to " + found.owner().getName() + ", not to the server's user "
                    + System.getProperty("user.name") + "; remove it or choose another place");
        }
        if (!found.permissions().equals(DIRECTORY)) {
            Files.setPosixFilePermissions(dir, DIRECTORY);
        }
        return dir;
    }

    /**
     * A secret generated once into its file, owner-only from the moment the file exists (not
     * after the secret is in it), and read back on every later call.
     */
    public static String secret(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            Path fresh = Files.createTempFile(file.getParent(), ".secret", ".new", PosixFilePermissions.asFileAttribute(FILE));
            Files.writeString(fresh, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), StandardCharsets.US_ASCII);
            try {
                Files.move(fresh, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(fresh);
            }
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file");
        }
        Files.setPosixFilePermissions(file, FILE);
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    /** Writes text to a file no one else can read, replacing any earlier one. */
    public static Path write(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static UserPrincipal currentUser(Path near) throws IOException {
        return near.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
    }
}
