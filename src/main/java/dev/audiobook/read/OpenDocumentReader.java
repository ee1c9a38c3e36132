package dev.audiobook.read;

import dev.audiobook.UserError;
import java.nio.file.Path;

/** Reads a OpenDocument .odt document. */
final class OpenDocumentReader {
    private OpenDocumentReader() {}

    static Document read(Path path, String digest) throws UserError {
        throw new UserError(path + ": reading OpenDocument .odt documents is not built yet");
    }
}
