package dev.audiobook.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property that no damage to the cache puts wrong audio in a book: between a first run and a second,
 * random bytes, numbers and lengths of cache files (segment packs, records of finished files, the segment
 * index, m4b pieces and their list) are damaged, and the second run, whatever it has to make again, writes
 * exactly what a run without the cache writes. The book's first chapter is over two minutes, so its m4b is
 * two pieces; the second run mostly finds the book's last paragraph edited, so it copies the rest from the
 * earlier WAV and reuses the first piece. Each try damages the cache files in turn, and others at random.
 * 20 seeded tries in every test run, about a second each; {@code -Ddamaged-cache.seeds=N} for more.
 */
class DamagedCacheTest {
    private static final String BOOK = book();
    private static final String EDITED = BOOK.replace("paragraph 13,", "paragraph thirteen,");
    private static final List<String> OUTPUTS = List.of("book.wav", "book.cue", "book.srt", "book.vtt", "book.m4b");

    @TempDir
    static Path dir;

    private static String formats;

    static Stream<Long> seeds() {
        return LongStream.range(0, Long.getLong("damaged-cache.seeds", 20)).boxed();
    }

    @BeforeAll
    static void aFirstRunAndTheCleanRunsOfBothVersions() throws Exception {
        boolean ffmpeg = ExternalTool.isOnPath("ffmpeg");
        if (!ffmpeg) {
            System.err.println("SKIPPED part: ffmpeg is not installed (apt-get install ffmpeg); m4b pieces are not damaged");
        }
        formats = ffmpeg ? "wav,m4b" : "wav";
        run(write("first", BOOK), dir.resolve("first/out"));
        run(write("clean", BOOK), dir.resolve("clean/out"), "--no-cache");
        run(write("clean-edited", EDITED), dir.resolve("clean-edited/out"), "--no-cache");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void whateverCacheFilesAreDamagedTheNextRunWritesWhatARunWithoutTheCacheWrites(long seed) throws Exception {
        Random random = new Random(seed);
        Path out = dir.resolve("try-" + seed + "/out");
        copyFolder(dir.resolve("first/out"), out);
        List<String> damage = damageCacheFiles(out.resolve(".cache"), seed, random);
        // What the second run finds changed besides the cache: mostly the book, else an output removed or nothing.
        boolean edited = random.nextBoolean();
        switch (random.nextInt(3)) {
            case 1 -> Files.deleteIfExists(out.resolve(formats.contains("m4b") ? "book.m4b" : "book.wav"));
            case 2 -> Files.delete(out.resolve("book.wav"));
            default -> edited = true;
        }
        damage.add(edited ? "the book edited" : "the book as it was");

        CommandRun second = run(write("try-" + seed, edited ? EDITED : BOOK), out);

        Path clean = dir.resolve(edited ? "clean-edited/out" : "clean/out");
        for (String file : OUTPUTS) {
            if (Files.exists(clean.resolve(file))) {
                assertThat(Files.readAllBytes(out.resolve(file))).as("%s after %s\n%s", file, damage, second.stderr())
                        .isEqualTo(Files.readAllBytes(clean.resolve(file)));
            }
        }
    }

    /**
     * Damages the cache file whose turn it is and up to two others, each in one to three places; returns what
     * was done, to tell a failing try.
     */
    private static List<String> damageCacheFiles(Path cache, long seed, Random random) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(cache)) {
            files = new ArrayList<>(all.filter(Files::isRegularFile).sorted().toList());
        }
        List<String> done = new ArrayList<>();
        Path file = files.remove((int) (seed % files.size()));
        for (int others = random.nextInt(3); others >= 0; others--) {
            byte[] bytes = Files.readAllBytes(file);
            for (int places = 1 + random.nextInt(3); places > 0 && bytes.length > 0; places--) {
                bytes = damage(bytes, random, cache.relativize(file) + ": ", done);
            }
            // Damage keeps the file's time, as a disk's does: only the bytes tell.
            var time = Files.getLastModifiedTime(file);
            Files.write(file, bytes);
            Files.setLastModifiedTime(file, time);
            file = files.remove(random.nextInt(files.size()));
        }
        return done;
    }

    /** The bytes with one place flipped, a number in them changed, cut short or zeroed. */
    private static byte[] damage(byte[] bytes, Random random, String file, List<String> done) {
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(4)) {
            case 0 -> {
                bytes[at] ^= (byte) (1 + random.nextInt(255));
                done.add(file + "byte " + at + " flipped");
            }
            case 1 -> {
                // A digit of the number at or after the place: a length, a position, a size, a time.
                int digit = at;
                while (digit < bytes.length && !Character.isDigit(bytes[digit])) {
                    digit++;
                }
                if (digit < bytes.length) {
                    bytes[digit] = (byte) ('0' + (bytes[digit] - '0' + 1 + random.nextInt(9)) % 10);
                }
                done.add(file + "digit at " + digit + " changed");
            }
            case 2 -> {
                done.add(file + "cut at " + at);
                return Arrays.copyOf(bytes, at);
            }
            default -> {
                int end = Math.min(bytes.length, at + 1 + random.nextInt(4096));
                Arrays.fill(bytes, at, end, (byte) 0);
                done.add(file + "zeroed from " + at + " to " + end);
            }
        }
        return bytes;
    }

    /** A first chapter over the two minutes an m4b piece needs at least, and a short second one. */
    private static String book() {
        StringBuilder book = new StringBuilder();
        int paragraph = 0;
        for (int chapter = 1; chapter <= 2; chapter++) {
            book.append("Chapter ").append(chapter).append("\n\n");
            for (int end = paragraph + (chapter == 1 ? 10 : 3); paragraph < end; ) {
                book.append("In paragraph ").append(++paragraph).append(", the old man walked along the river in the ")
                        .append("morning, and the children waited by the harbour until it was dark, while the doctor ")
                        .append("remembered the small house before dinner and the captain looked at the green boat ")
                        .append("with great care, as he had done for many years.\n\n");
            }
        }
        return book.toString();
    }

    private static Path write(String folder, String text) throws IOException {
        return Files.writeString(Files.createDirectories(dir.resolve(folder)).resolve("book.txt"), text);
    }

    private static CommandRun run(Path book, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(book.toString(), "-o", out.toString(), "-q", "-j", "2",
                "--format", formats));
        args.addAll(List.of(more));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        return run;
    }

    /** Copies the folder with every file's time, which the records of finished files note. */
    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
