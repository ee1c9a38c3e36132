package dev.audiobook.output;

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
}
