package dev.audiobook.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What kind of book a file is, by its name. */
public enum InputFormat {
    TEXT, HTML, EPUB;

    public static InputFormat of(Path path) {
        return byName(path).orElse(TEXT);
    }

    /** The format a folder's file is converted as, or empty for a file that is not a book. */
    public static Optional<InputFormat> byName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".md")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".epub")) {
            return Optional.of(EPUB);
        }
        return Optional.empty();
    }
}
