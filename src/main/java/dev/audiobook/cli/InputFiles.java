package dev.audiobook.cli;

import dev.audiobook.UserError;
import dev.audiobook.read.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The books named on the command line: files as given, folders as the text and HTML files in them. */
final class InputFiles {
    private InputFiles() {}

    static List<Path> resolve(List<Path> inputs) throws UserError {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(textFilesIn(input));
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new UserError(input + ": no such file or folder");
            }
        }
        return files;
    }

    private static List<Path> textFilesIn(Path folder) throws UserError {
        List<Path> texts;
        try (Stream<Path> entries = Files.list(folder)) {
            texts = entries.filter(p -> InputFormat.byName(p).isPresent())
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UserError(folder + ": cannot list the folder: " + e.getMessage(), e);
        }
        if (texts.isEmpty()) {
            throw new UserError(folder + ": no books in this folder (.epub, .pdf, .docx, .odt, .fb2, .rtf, .html, .htm, .xhtml, .txt, .md); put a story there");
        }
        return texts;
    }
}
