package dev.audiobook.output;

import dev.audiobook.audio.PcmFormat;
import dev.audiobook.audio.WavChapter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * Encodes an m4b's audio on every core. The WAV is cut at chapter starts into pieces of a few minutes or
 * more; each piece is encoded by an ffmpeg of its own into AAC frames, and the frames are joined in order
 * without encoding again. Each piece's encoder also hears the two AAC frames of audio before the piece and
 * after it, and its frames for those are dropped, so every frame kept was made from the audio around it as
 * in one long encode: the joins do not click, and frame n holds the WAV's samples from 1024 n, so the
 * chapters stay where the cue sheet says. A piece starts encoding as soon as its audio is in the WAV, while
 * the rest of the book is still being synthesized. A piece whose audio did not change since an earlier run
 * is taken from the cache of encoded pieces instead of being encoded again, when the CRC-32C at its end
 * still holds for its frames.
 */
public final class AacPieces {
    /** Samples in an AAC frame; chapters start on multiples of it (see the renderer). */
    public static final int FRAME = 1024;
    /** Audio each encoder hears beyond its piece, on each side, whose frames are dropped. */
    private static final int CONTEXT = 2 * FRAME;
    /** Below this a piece costs more in starting ffmpeg than it gains. */
    static final double MIN_PIECE_SECONDS = 120;
    private static final int ADTS_HEADER = 7;
    /** A piece in the cache is its frames, then these four bytes and a CRC-32C of the frames. */
    private static final byte[] CHECK_MARK = "crc ".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECK_BYTES = CHECK_MARK.length + 4;

    private final Path wav;
    private final long dataOffset;
    private final PcmFormat format;
    private final List<String> encoder;
    private final Path cache;
    private final String name;
    private final ExecutorService pool;
    private final Consumer<String> warnings;
    private final DoubleConsumer encodedSeconds;
    private final List<Future<Path>> encoded = new ArrayList<>();
    /** Pieces decided on and not yet started: their audio after them is not all written yet. */
    private final List<Piece> waiting = new ArrayList<>();
    private long pieceStart;
    private int chaptersSeen;
    private boolean onGrid = true;
    private double secondsDone;

    /**
     * @param wav the WAV being written, whose samples start at {@code dataOffset}
     * @param cache the folder of encoded pieces; pieces this m4b used before and no longer uses are removed
     * @param name the m4b's file name, under which the cache notes the pieces it uses
     * @param warnings told of each damaged piece, which is encoded again, from the pool's threads
     * @param encodedSeconds told how much is encoded as pieces finish, from the pool's threads
     */
    public AacPieces(Path wav, long dataOffset, PcmFormat format, OptionalInt kbps, Path cache, String name,
            ExecutorService pool, Consumer<String> warnings, DoubleConsumer encodedSeconds) throws IOException {
        this.wav = wav;
        this.dataOffset = dataOffset;
        this.format = format;
        this.encoder = AudioFileFormat.M4B.codecArguments(kbps);
        this.cache = Files.createDirectories(cache);
        this.name = name;
        this.pool = pool;
        this.warnings = warnings;
        this.encodedSeconds = encodedSeconds;
    }

    /** A stretch of whole chapters, in sample frames of the WAV: from start to end. */
    record Piece(long start, long end) {
        long frames() {
            return end - start;
        }
    }

    /**
     * Tells how far the WAV file is written, and its chapters so far: pieces whose audio, and the audio after
     * them that their encoder hears, is all in the file start encoding.
     */
    public void written(long frames, List<WavChapter> chapters) {
        long minimum = (long) (MIN_PIECE_SECONDS * format.sampleRate());
        for (; chaptersSeen < chapters.size(); chaptersSeen++) {
            long start = chapters.get(chaptersSeen).frame();
            onGrid &= start % FRAME == 0;
            if (onGrid && start - pieceStart >= minimum) {
                waiting.add(new Piece(pieceStart, start));
                pieceStart = start;
            }
        }
        while (!waiting.isEmpty() && waiting.get(0).end() + CONTEXT <= frames) {
            start(waiting.remove(0), false);
        }
    }

    /** Encodes the rest, waits for every piece and writes their frames, joined, to {@code target}. */
    public void finish(long totalFrames, Path target) throws IOException {
        if (!onGrid) {
            // Chapters off the frame grid cannot be joined at: the whole book is one piece.
            encoded.forEach(f -> f.cancel(true));
            encoded.clear();
            waiting.clear();
            pieceStart = 0;
        }
        waiting.forEach(piece -> start(piece, false));
        waiting.clear();
        start(new Piece(pieceStart, totalFrames), true);
        List<Path> files = new ArrayList<>();
        try {
            for (Future<Path> piece : encoded) {
                files.add(piece.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while encoding the m4b", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            encoded.forEach(f -> f.cancel(true));
        }
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.CREATE)) {
            for (Path file : files) {
                try (FileChannel in = FileChannel.open(file)) {
                    long size = in.size() - CHECK_BYTES;
                    for (long at = 0; at < size; ) {
                        at += in.transferTo(at, size - at, out);
                    }
                }
            }
        }
        forgetUnused(files);
    }

    private void start(Piece piece, boolean last) {
        long end = last ? piece.end() : piece.end() + CONTEXT;
        encoded.add(pool.submit(() -> {
            Path file = encode(piece, last, end);
            synchronized (this) {
                secondsDone += format.seconds(piece.frames());
                encodedSeconds.accept(secondsDone);
            }
            return file;
        }));
    }

    /** The piece's kept frames, from the cache or encoded now into it. */
    private Path encode(Piece piece, boolean last, long to) throws IOException, InterruptedException {
        long from = Math.max(0, piece.start() - CONTEXT);
        int bytesPerFrame = format.bytesPerFrame();
        long position = dataOffset + from * bytesPerFrame;
        long bytes = (to - from) * bytesPerFrame;
        // One priming frame, then the frames of the audio before the piece.
        long drop = 1 + (piece.start() - from) / FRAME;
        long keep = last ? Long.MAX_VALUE : piece.frames() / FRAME;
        String key = key(wav, position, bytes, encoder + " drop " + drop + " keep " + keep + " " + format);
        Path file = cache.resolve(key + ".aac");
        if (isReusable(file)) {
            return file;
        }
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-f", "s16le",
                "-ar", Integer.toString(format.sampleRate()), "-ac", Integer.toString(format.channels()),
                "-i", "pipe:0"));
        command.addAll(encoder);
        command.addAll(List.of("-f", "adts", "pipe:1"));
        Path errors = TempFiles.track(Files.createTempFile(cache, ".ffmpeg", ".log"));
        try (AtomicFile kept = AtomicFile.create(file)) {
            Process ffmpeg = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            Thread feeder = new Thread(() -> feed(wav, position, bytes, ffmpeg.getOutputStream()), "aac-feed");
            feeder.setDaemon(true);
            feeder.start();
            long frames;
            try (InputStream aac = ffmpeg.getInputStream();
                    OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(kept.path()), 1 << 16)) {
                CheckedOutputStream checked = new CheckedOutputStream(out, new CRC32C());
                frames = copyFrames(aac, checked, drop, keep);
                out.write(CHECK_MARK);
                out.write(ByteBuffer.allocate(4).putInt((int) checked.getChecksum().getValue()).array());
            } finally {
                feeder.join();
            }
            int exit = ffmpeg.waitFor();
            if (exit != 0) {
                List<String> said = Files.readAllLines(errors, StandardCharsets.UTF_8);
                throw new IOException("ffmpeg could not make the m4b file: "
                        + (said.isEmpty() ? "exit code " + exit : said.get(said.size() - 1).strip()));
            }
            if (!last && frames < keep) {
                throw new IOException("ffmpeg made " + frames + " AAC frames of a piece of " + keep);
            }
            kept.commit();
        } finally {
            Files.deleteIfExists(errors);
            TempFiles.untrack(errors);
        }
        return file;
    }

    /**
     * Whether the piece is in the cache with its frames as they were encoded. A damaged one is removed, saying
     * so; one without the check, from an earlier version, is encoded again without a word.
     */
    private boolean isReusable(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file)) {
            long frames = in.size() - CHECK_BYTES;
            ByteBuffer check = ByteBuffer.allocate(CHECK_BYTES);
            if (frames < 0 || in.read(check, frames) != CHECK_BYTES
                    || !Arrays.equals(check.array(), 0, CHECK_MARK.length, CHECK_MARK, 0, CHECK_MARK.length)) {
                return false;
            }
            CRC32C crc = new CRC32C();
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            for (long at = 0; at < frames; ) {
                int n = in.read(buffer.clear().limit((int) Math.min(buffer.capacity(), frames - at)), at);
                if (n < 0) {
                    break;
                }
                crc.update(buffer.flip());
                at += n;
            }
            if ((int) crc.getValue() == check.getInt(CHECK_MARK.length)) {
                return true;
            }
        } catch (NoSuchFileException notEncodedYet) {
            return false;
        }
        warnings.accept(file + " was damaged; it is encoded again");
        Files.deleteIfExists(file);
        return false;
    }

    private static void feed(Path wav, long position, long bytes, OutputStream stdin) {
        byte[] chunk = new byte[1 << 20];
        try (FileChannel in = FileChannel.open(wav); OutputStream out = stdin) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(chunk);
            for (long sent = 0; sent < bytes; ) {
                buffer.clear().limit((int) Math.min(chunk.length, bytes - sent));
                int n = in.read(buffer, position + sent);
                if (n < 0) {
                    return;
                }
                out.write(chunk, 0, n);
                sent += n;
            }
        } catch (IOException e) {
            // ffmpeg stopped reading: its exit code and message say why.
        }
    }

    /** Copies ADTS frames after the first {@code drop}, at most {@code keep} of them; returns how many. */
    static long copyFrames(InputStream aac, OutputStream out, long drop, long keep) throws IOException {
        long seen = 0;
        long kept = 0;
        byte[] header = new byte[ADTS_HEADER];
        byte[] frame = new byte[1 << 13];
        while (aac.readNBytes(header, 0, ADTS_HEADER) == ADTS_HEADER) {
            if ((header[0] & 0xff) != 0xff || (header[1] & 0xf0) != 0xf0) {
                throw new IOException("ffmpeg's AAC stream lost its frame sync");
            }
            int length = ((header[3] & 0x03) << 11) | ((header[4] & 0xff) << 3) | ((header[5] & 0xe0) >> 5);
            if (length < ADTS_HEADER || aac.readNBytes(frame, 0, length - ADTS_HEADER) != length - ADTS_HEADER) {
                throw new IOException("ffmpeg's AAC stream ends in the middle of a frame");
            }
            if (seen++ >= drop && kept < keep) {
                out.write(header);
                out.write(frame, 0, length - ADTS_HEADER);
                kept++;
            }
        }
        return kept;
    }

    /** What the piece's frames depend on: its samples and how they are encoded. */
    private static String key(Path wav, long position, long bytes, String encoding) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(encoding.getBytes(StandardCharsets.UTF_8));
            try (FileChannel in = FileChannel.open(wav)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(1 << 16);
                for (long at = position; at < position + bytes; ) {
                    buffer.clear().limit((int) Math.min(buffer.capacity(), position + bytes - at));
                    int n = in.read(buffer, at);
                    if (n < 0) {
                        throw new IOException(wav + ": the WAV ends before its audio does");
                    }
                    digest.update(buffer.flip());
                    at += n;
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes the pieces this m4b used last time and no longer uses; notes the ones it uses now. */
    private void forgetUnused(List<Path> used) throws IOException {
        Path list = cache.resolve(name + ".pieces");
        Set<String> now = new HashSet<>();
        used.forEach(p -> now.add(p.getFileName().toString()));
        for (String before : RecordFiles.readLines(list, warnings, "pieces it listed may stay unused").orElse(List.of())) {
            if (!before.isBlank() && !now.contains(before) && !before.contains(File.separator)) {
                Files.deleteIfExists(cache.resolve(before));
            }
        }
        RecordFiles.writeLines(list, used.stream().map(p -> p.getFileName().toString()).toList());
    }
}
