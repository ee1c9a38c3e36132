package dev.audiobook.read;

import dev.audiobook.UserError;
import java.nio.file.Path;

/** Reads a RTF document. */
final class RtfReader {
    private RtfReader() {}

    static Document read(Path path, String digest) throws UserError {
        throw new UserError(path + ": reading RTF documents is not built yet");
    }
}
