package dev.audiobook.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a long made-up novel of plain sentences, the same for the same size, for memory tests and the
 * benchmark: {@code java -cp target/test-classes dev.audiobook.testing.NovelGenerator FILE KILOBYTES}.
 */
public final class NovelGenerator {
    private static final String[] SUBJECTS = {"The old man", "Anna", "The captain", "Her brother", "The children",
        "A stranger", "The doctor", "Everyone in the village", "The woman at the inn", "Tom"};
    private static final String[] VERBS = {"walked along", "looked at", "thought about", "waited by", "talked about",
        "remembered", "painted", "cleaned", "walked past", "sat beside"};
    private static final String[] OBJECTS = {"the river", "the long road", "the small house", "the harbour",
        "the garden wall", "the church tower", "the empty market", "the green boat", "the station", "the forest"};
    private static final String[] ENDINGS = {"in the morning", "before dinner", "for a long time", "without a word",
        "as the rain began", "while the bells rang", "until it was dark", "once more", "with great care", "again"};
    private static final int CHAPTER_KILOBYTES = 12;

    private NovelGenerator() {}

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /** A novel of about the given size in kilobytes, with a chapter every 12 KB or so. */
    public static void write(Path file, int kilobytes) throws IOException {
        Random random = new Random(kilobytes);
        long target = kilobytes * 1024L;
        long written = 0;
        int chapter = 0;
        long nextChapterAt = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < target) {
                StringBuilder block = new StringBuilder();
                if (written >= nextChapterAt) {
                    chapter++;
                    nextChapterAt += CHAPTER_KILOBYTES * 1024L;
                    block.append("Chapter ").append(chapter).append("\n\n");
                }
                int sentences = 3 + random.nextInt(4);
                for (int s = 0; s < sentences; s++) {
                    block.append(pick(random, SUBJECTS)).append(' ').append(pick(random, VERBS)).append(' ')
                            .append(pick(random, OBJECTS)).append(' ').append(pick(random, ENDINGS)).append(". ");
                }
                block.setLength(block.length() - 1);
                block.append("\n\n");
                out.write(block.toString());
                written += block.length();
            }
        }
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
