package org.practica.embedded;

import org.mariadb.jdbc.Configuration;
import org.mariadb.jdbc.HostAddress;
import org.mariadb.jdbc.plugin.Credential;
import org.mariadb.jdbc.plugin.CredentialPlugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Gives Connector/J the embedded database's generated password from its owner-only file, chosen
 * in the JDBC URL with {@code credentialType=PRACTICA_PASSWORD_FILE&passwordFile=<path>}. The
 * password exists before the server starts only in that file, so it is in no configuration
 * variable that Liberty could print, and it changes with the file.
 */
public final class PasswordFileCredential implements CredentialPlugin {

    public static final String TYPE = "PRACTICA_PASSWORD_FILE";
    static final String FILE_OPTION = "passwordFile";

    private final String user;
    private final Path file;

    public PasswordFileCredential() {
        this(null, null);
    }

    private PasswordFileCredential(String user, Path file) {
        this.user = user;
        this.file = file;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public CredentialPlugin initialize(Configuration conf, String userName, HostAddress hostAddress) throws SQLException {
        String path = conf.nonMappedOptions().getProperty(FILE_OPTION);
        if (path == null || path.isBlank()) {
            throw new SQLException("credentialType=" + TYPE + " needs the option " + FILE_OPTION + "=<path>");
        }
        return new PasswordFileCredential(userName, Path.of(path));
    }

    @Override
    public Credential get() {
        try {
            return new Credential(user, Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded database's password file " + file + " cannot be read", e);
        }
    }

    @Override
    public String toString() {
        return "PasswordFileCredential[" + file + "]";
    }
}
