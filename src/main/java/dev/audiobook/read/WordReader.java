package dev.audiobook.read;

import dev.audiobook.UserError;
import java.nio.file.Path;

/** Reads a Word .docx document. */
final class WordReader {
    private WordReader() {}

    static Document read(Path path, String digest) throws UserError {
        throw new UserError(path + ": reading Word .docx documents is not built yet");
    }
}
