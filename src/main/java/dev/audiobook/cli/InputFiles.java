package dev.audiobook.cli;

import dev.audiobook.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The text files named on the command line: files as given, folders as the .txt files in them. */
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
            texts = entries.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UserError(folder + ": cannot list the folder: " + e.getMessage(), e);
        }
        if (texts.isEmpty()) {
            throw new UserError(folder + ": no .txt files in this folder; put a plain-text story there");
        }
        return texts;
    }
}
