package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.audiobook.render.DiskSegmentCache;
import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.NovelGenerator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder whose cache cannot be written, as a user meets it, through the launcher: a full disk, a
 * read-only file system, a folder without write permission. Each run says so in one line with the fix,
 * exits 1, and leaves no half-written file behind. The small disk and the read-only file system are a
 * tmpfs and a read-only bind mount in a mount namespace of the test's own ({@code unshare}), which needs no
 * root where the kernel lets users make namespaces; where it cannot be made, the test is skipped, saying
 * why.
 */
class UnwritableCacheIT {
    private static final List<String> MOUNTS = List.of("--user", "--map-root-user", "--mount");

    @TempDir
    Path dir;

    private Path book;

    @BeforeEach
    void aBookOfTenMinutes() throws IOException {
        book = dir.resolve("book.txt");
        NovelGenerator.write(book, 10);
    }

    @Test
    void aDiskFullWhileSynthesizingIsOneLineAndLeavesNoPartialFile() throws Exception {
        ExternalTool.Result run = onASmallDisk(1024, Files.createDirectories(dir.resolve("empty")));

        // The segment cache fills first, or the WAV: each is said as where it happened.
        assertThat(run.stderr()).matches("audiobook: /\\S+/disk/out(/\\.cache: |: cannot write the audiobook: )"
                + "no space left on device; free some space( or use --no-cache)?\n");
        assertOneLineAndExitOne(run, "");
        assertNothingHalfWritten(dir.resolve("left/out"));
    }

    @Test
    void aDiskFullWhileWritingTheWavIsOneLineAndLeavesTheCacheWhole() throws Exception {
        Path made = dir.resolve("made/out");
        assertThat(CommandRun.of(book.toString(), "-o", made.toString(), "-q").exitCode()).isZero();
        Files.delete(made.resolve("book.wav"));

        // Room for the cache and a little more: every segment is there, and the WAV does not fit.
        ExternalTool.Result run = onASmallDisk(sizeOf(made) / 1024 + 1024, made.getParent());

        assertOneLineAndExitOne(run, ": cannot write the audiobook: no space left on device; free some space");
        assertNothingHalfWritten(dir.resolve("left/out"));
    }

    /**
     * Runs the book into {@code out} on a disk of this size holding what the folder {@code start} holds;
     * what the run leaves on it is then copied to {@code left}.
     */
    private ExternalTool.Result onASmallDisk(long kilobytes, Path start) throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        return inNamespaces(MOUNTS, """
                mount -t tmpfs -o size=$1k none "$2" && cp -a "$3/." "$2" && "$4" "$5" -o "$2/out" -j 2
                code=$?
                cp -a "$2/." "$6"
                exit $code""", Long.toString(kilobytes), disk.toString(), start.toString(), launcher(),
                book.toString(), dir.resolve("left").toString());
    }

    @Test
    void aReadOnlyCacheIsOneLineAndLeavesTheEarlierBookAsItWas() throws Exception {
        Path out = dir.resolve("out");
        byte[] wav = madeThenEdited(out);

        ExternalTool.Result run = inNamespaces(MOUNTS, """
                mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && "$2" "$3" -o "$4" -j 2""",
                out.resolve(".cache").toString(), launcher(), book.toString(), out.toString());

        assertOneLineAndExitOne(run, ": the file system is read-only; write to another folder with -o or use --no-cache");
        assertThat(Files.readAllBytes(out.resolve("book.wav"))).isEqualTo(wav);
        assertNothingHalfWritten(out);
    }

    @Test
    void aCacheWithoutWritePermissionIsOneLineAndLeavesTheEarlierBookAsItWas() throws Exception {
        Path out = dir.resolve("out");
        byte[] wav = madeThenEdited(out);
        // Root writes anywhere; in a user namespace of its own, without its capabilities, it does not.
        List<String> asOwner = "root".equals(System.getProperty("user.name")) ? List.of("--user") : List.of();

        ExternalTool.Result run;
        try {
            ExternalTool.run("chmod", "-R", "a-w", out.resolve(".cache").toString());
            run = asOwner.isEmpty() ? ExternalTool.run(launcher(), book.toString(), "-o", out.toString(), "-j", "2")
                    : inNamespaces(asOwner, "\"$1\" \"$2\" -o \"$3\" -j 2", launcher(), book.toString(), out.toString());
        } finally {
            ExternalTool.run("chmod", "-R", "u+w", out.resolve(".cache").toString());
        }

        assertOneLineAndExitOne(run, ": permission denied; make it writable or use --no-cache");
        assertThat(Files.readAllBytes(out.resolve("book.wav"))).isEqualTo(wav);
        assertNothingHalfWritten(out);
    }

    /** The book made into the folder with its cache, then edited, so a run must add a segment; its WAV. */
    private byte[] madeThenEdited(Path out) throws IOException {
        assertThat(CommandRun.of(book.toString(), "-o", out.toString(), "-q").exitCode()).isZero();
        Files.writeString(book, Files.readString(book).replaceFirst("\\.", ", once more."));
        return Files.readAllBytes(out.resolve("book.wav"));
    }

    /** One line naming the folder, the cause and the fix; no stack trace, no stray line of FreeTTS's. */
    private static void assertOneLineAndExitOne(ExternalTool.Result run, String causeAndFix) {
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).hasLineCount(1).startsWith("audiobook: /").endsWith(causeAndFix + "\n");
    }

    /**
     * No temporary file of an output is left, and every pack of segments holds whole entries to its end, each
     * as its checksum says: a later run reads them all and goes on from there.
     */
    private static void assertNothingHalfWritten(Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(out)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).noneMatch(f -> f.getFileName().toString().endsWith(".part"));
        int entries = 0;
        for (Path pack : files.stream().filter(f -> f.toString().endsWith(".pack")).toList()) {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(pack));
            int at = 0;
            // An entry: a 72-byte header ending in the samples' length, the samples, a CRC-32C.
            for (; at + 72 <= bytes.limit(); entries++) {
                at += 72 + bytes.getInt(at + 68) + 4;
            }
            assertThat(at).as("%s ends with its last whole entry", pack).isEqualTo(bytes.limit());
        }
        if (entries > 0) {
            try (DiskSegmentCache cache = new DiskSegmentCache(out.resolve(".cache"))) {
                assertThat(cache.keys()).hasSize(entries);
            }
        }
    }

    /**
     * Runs the shell script in namespaces of the test's own, its arguments as $1, $2, ...; skips the test,
     * saying why, where they cannot be made.
     */
    private static ExternalTool.Result inNamespaces(List<String> namespaces, String script, String... args)
            throws Exception {
        List<String> probe = new ArrayList<>(List.of("unshare"));
        probe.addAll(namespaces);
        // Some containers make the namespaces but refuse a mount inside them: that is tried too.
        Path mountPoint = Files.createTempDirectory("mount-probe");
        probe.addAll(List.of("sh", "-c", namespaces.contains("--mount")
                ? "mount -t tmpfs -o size=1m none \"$1\" && umount \"$1\"" : "true", "sh", mountPoint.toString()));
        ExternalTool.Result made;
        try {
            made = ExternalTool.isOnPath("unshare") ? ExternalTool.run(probe)
                    : new ExternalTool.Result(127, "", "unshare is not installed (util-linux)");
        } finally {
            Files.deleteIfExists(mountPoint);
        }
        if (made.exitCode() != 0) {
            System.err.println("SKIPPED: cannot make namespaces (" + String.join(" ", namespaces) + ") here: "
                    + made.stderr().strip());
        }
        assumeTrue(made.exitCode() == 0, "cannot make namespaces here: " + made.stderr().strip());
        List<String> command = new ArrayList<>(List.of("unshare"));
        command.addAll(namespaces);
        command.addAll(List.of("sh", "-c", script, "sh"));
        command.addAll(List.of(args));
        return ExternalTool.run(command);
    }

    private static String launcher() {
        return Path.of("audiobook").toAbsolutePath().toString();
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
