package dev.audiobook;

import dev.audiobook.book.Book;
import dev.audiobook.book.Heading;
import dev.audiobook.book.Segment;
import dev.audiobook.text.SpeechText;
import java.nio.charset.Charset;
import dev.audiobook.tts.BookVoices;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What will be made from one input: the book, its segments and the volumes they are written to.
 *
 * @param source the input file, or the first of several that make one book
 * @param baseName the name of the book's files, without extension or volume number
 * @param sourceDigest the SHA-256 of the input file's bytes as read; none for a book of several files
 * @param warnings what reading left out or could not do, a line each, for the listener to know
 * @param voices the voices that read the book, chosen for its language
 */
public record AudiobookPlan(Path source, String baseName, Optional<String> sourceDigest, Charset charset, Book book,
        List<Segment> segments, List<Volume> volumes, List<String> warnings, BookVoices voices) {
    /** kevin16 at its default rate reads about 3.2 words a second. */
    private static final double WORDS_PER_SECOND = 3.2;

    public AudiobookPlan {
        segments = List.copyOf(segments);
        volumes = List.copyOf(volumes);
        warnings = List.copyOf(warnings);
    }

    /** Characters of the book's text the voice cannot say, and so leaves out: other scripts, emoji. */
    public int unspeakableCharacters() {
        return unspeakableCharacters(book);
    }

    /** The same, of a book not laid out, such as one with nothing left to read. */
    static int unspeakableCharacters(Book book) {
        return read(book).mapToInt(SpeechText::unspeakable).sum();
    }

    /** A "word" no language has, and the input line where its chapter (or track) starts. */
    public record AbsurdWord(String text, int line) {}

    /** The "words" of the book's text that no language has, left out: see {@link SpeechText#absurdWords}. */
    public List<AbsurdWord> absurdWords() {
        List<AbsurdWord> found = new java.util.ArrayList<>();
        List<dev.audiobook.book.Chapter> chapters = book.chapters();
        for (int c = 0; c < chapters.size(); c++) {
            int line = chapters.get(c).line();
            Stream.concat(chapters.get(c).heading().stream(), chapters.get(c).paragraphs().stream())
                    .flatMap(text -> SpeechText.absurdWords(text).stream())
                    .forEach(word -> found.add(new AbsurdWord(word, line)));
        }
        return found;
    }

    /** The text the book reads aloud: its opening, and each chapter's heading and paragraphs. */
    private static Stream<String> read(Book book) {
        return Stream.concat(book.opening().stream(), book.chapters().stream()
                .flatMap(c -> Stream.concat(c.heading().stream(), c.paragraphs().stream())));
    }

    public double estimatedSeconds() {
        return segments.stream().mapToDouble(AudiobookPlan::estimatedSeconds).sum();
    }

    public double estimatedSeconds(int chapterIndex) {
        return segments.stream()
                .filter(s -> s.chapterIndex() == chapterIndex)
                .mapToDouble(AudiobookPlan::estimatedSeconds)
                .sum();
    }

    public long segmentCount(int chapterIndex) {
        return segments.stream().filter(s -> s.chapterIndex() == chapterIndex).count();
    }

    static double estimatedSeconds(Segment s) {
        return Heading.wordCount(s.text()) / WORDS_PER_SECOND + s.pauseBeforeMillis() / 1000.0;
    }
}
