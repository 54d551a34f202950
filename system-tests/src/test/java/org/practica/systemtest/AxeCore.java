package org.practica.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The axe-core accessibility engine from npm, fetched once into the build directory when it is
 * not there yet (node and npm are on every machine that runs the tests), read once per run.
 */
final class AxeCore {

    private static final String VERSION = "4.14.1";
    private static String source;

    private AxeCore() {
    }

    static synchronized String source() {
        if (source == null) {
            Path prefix = Path.of(System.getProperty("practica.test.npm", "target/npm"));
            Path script = prefix.resolve("node_modules/axe-core/axe.min.js");
            try {
                if (!Files.exists(script)) {
                    Files.createDirectories(prefix);
                    Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
                            prefix.toString(), "axe-core@" + VERSION).inheritIO().start();
                    if (npm.waitFor() != 0 || !Files.exists(script)) {
                        throw new IllegalStateException("npm could not install axe-core " + VERSION);
                    }
                }
                source = Files.readString(script, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return source;
    }
}
