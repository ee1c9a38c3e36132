package dev.audiobook.output;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.io.FilenameUtils;

/** Names of the files the tool writes, made from book file names and chapter titles. */
public final class FileNames {
    private FileNames() {}

    /**
     * The name without what common file systems refuse ({@code / \ : * ? " < > |}) or a cue sheet's quoted
     * FILE name cannot hold ({@code "}, line breaks and other control characters), each run of them a space.
     */
    public static String safe(String name) {
        return name.replaceAll("[/\\\\:*?\"<>|\\p{Cc}\\p{Zl}\\p{Zp}]+", " ").replaceAll("\\s+", " ").strip();
    }

    /** The base name of a book's files, from its input's name without extension (or its folder's). */
    public static String baseName(String inputName) {
        String safe = safe(inputName);
        return safe.isEmpty() ? "audiobook" : safe;
    }

    /**
     * Each input's base name, none the same as another's (ignoring case, as some file systems do), whatever
     * the order the inputs are given in. In the order of their paths, the first input of a name keeps it;
     * the next is told apart by its extension ("story (txt)" beside "story" from story.md), else by its
     * folder ("story (b)" beside "story" from a/story.txt), else by a number ("story (2)").
     */
    public static Map<Path, String> baseNames(List<Path> inputs) {
        List<Path> sorted = inputs.stream().map(FileNames::absolute).distinct().sorted().toList();
        Map<String, Path> holders = new HashMap<>();
        Map<Path, String> names = new HashMap<>();
        // Every input's own name first, so that no name telling one apart is another input's own.
        for (Path input : sorted) {
            String own = ownName(input);
            if (holders.putIfAbsent(own.toLowerCase(Locale.ROOT), input) == null) {
                names.put(input, own);
            }
        }
        for (Path input : sorted) {
            if (!names.containsKey(input)) {
                String name = toldApart(input, holders.get(ownName(input).toLowerCase(Locale.ROOT)), holders.keySet());
                holders.put(name.toLowerCase(Locale.ROOT), input);
                names.put(input, name);
            }
        }
        Map<Path, String> inInputOrder = new LinkedHashMap<>();
        inputs.forEach(input -> inInputOrder.put(input, names.get(absolute(input))));
        return inInputOrder;
    }

    private static Path absolute(Path input) {
        return input.toAbsolutePath().normalize();
    }

    private static String ownName(Path input) {
        return baseName(FilenameUtils.getBaseName(input.getFileName().toString()));
    }

    /** The input's name with what tells it from the input holding that name: the first not yet taken. */
    private static String toldApart(Path input, Path holder, Set<String> taken) {
        Stream<String> ways = Stream.of(differing(extension(input), extension(holder)),
                differing(folderName(input), folderName(holder))).flatMap(Optional::stream);
        return Stream.concat(ways, IntStream.iterate(2, n -> n + 1).mapToObj(Integer::toString))
                .map(way -> ownName(input) + " (" + way + ")")
                .filter(name -> !taken.contains(name.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow();
    }

    private static Optional<String> differing(String mine, String holders) {
        String safe = safe(mine);
        return safe.isEmpty() || safe.equalsIgnoreCase(safe(holders)) ? Optional.empty() : Optional.of(safe);
    }

    private static String extension(Path input) {
        return FilenameUtils.getExtension(input.getFileName().toString());
    }

    private static String folderName(Path input) {
        Path folder = input.getParent() == null ? null : input.getParent().getFileName();
        return folder == null ? "" : folder.toString();
    }
}
