package dev.audiobook.read;

import dev.audiobook.UserError;
import java.nio.file.Path;

/** Reads a PDF document. */
final class PdfReader {
    private PdfReader() {}

    static Document read(Path path, String digest) throws UserError {
        throw new UserError(path + ": reading PDF documents is not built yet");
    }
}
