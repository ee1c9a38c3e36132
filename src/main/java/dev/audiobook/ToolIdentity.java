package dev.audiobook;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Which build of the tool is running, as far as what it makes of a book depends on it: its jar's path,
 * size and time, and the Java and default locale it runs on. None when it runs from class folders, as in
 * development, where a change to a class would not show.
 */
final class ToolIdentity {
    private ToolIdentity() {}

    static Optional<String> current() {
        try {
            Path code = Path.of(ToolIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return Optional.empty();
            }
            return Optional.of(code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis()
                    + " java " + Runtime.version() + " " + Locale.getDefault());
        } catch (IOException | URISyntaxException | RuntimeException unknown) {
            return Optional.empty();
        }
    }
}
