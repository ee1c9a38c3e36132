package dev.audiobook.read;

import dev.audiobook.UserError;
import dev.audiobook.text.LoadedText;
import dev.audiobook.text.Mojibake;
import dev.audiobook.text.TextLoader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a book in any format it comes in (plain text, Markdown, HTML, EPUB, PDF, Word, OpenDocument,
 * FictionBook, RTF) as one {@link Document}.
 */
public final class BookReader {
    private BookReader() {}

    /** @param encoding a plain text's or HTML file's encoding, when the user overrides detection */
    public static Document read(Path source, Optional<Charset> encoding) throws UserError {
        return read(source, InputFormat.of(source), encoding);
    }

    /** @param format what {@link InputFormat#of} found the file to be */
    public static Document read(Path source, InputFormat format, Optional<Charset> encoding) throws UserError {
        return switch (format) {
            case TEXT -> {
                LoadedText loaded = TextLoader.load(source, encoding);
                yield Document.plain(Mojibake.repair(loaded.text()), loaded.charset(), loaded.digest());
            }
            case HTML -> HtmlReader.read(TextLoader.load(source, encoding));
            case EPUB -> EpubReader.read(requireFile(source), digestOf(source));
            case PDF -> PdfReader.read(requireFile(source), digestOf(source));
            case DOCX -> WordReader.read(requireFile(source), digestOf(source));
            case ODT -> OpenDocumentReader.read(requireFile(source), digestOf(source));
            case FB2 -> FictionBookReader.read(requireFile(source), digestOf(source));
            case RTF -> RtfReader.read(requireFile(source), digestOf(source));
        };
    }

    private static Path requireFile(Path source) throws UserError {
        if (Files.isDirectory(source)) {
            throw new UserError(source + ": is a folder, not a book");
        }
        if (!Files.exists(source)) {
            throw new UserError(source + ": no such file");
        }
        return source;
    }

    private static String digestOf(Path source) throws UserError {
        try {
            return TextLoader.digestOf(source);
        } catch (IOException e) {
            throw new UserError(source + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    /** "A and B", "A, B and C". */
    public static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
