package dev.audiobook.output;

import dev.audiobook.audio.AudioSink;
import dev.audiobook.audio.PcmFormat;
import dev.audiobook.audio.WavInfo;
import dev.audiobook.audio.WavWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One WAV file per chapter, numbered and titled so they sort in order ("story - 01 - Chapter 1 The
 * Storm.wav"), and an M3U playlist of them. The pause before a chapter ends the file before it, so the
 * files played in order are the whole book, sample for sample. Nothing is in place until {@link #commit}.
 */
public final class ChapterFiles implements AudioSink, Closeable {
    private static final int MAX_NAME_CHARS = 80;

    private final Path dir;
    private final String baseName;
    private final String author;
    private final PcmFormat format;
    private final int chapterCount;
    private final List<Part> parts = new ArrayList<>();
    private long framesBefore;

    private record Part(String title, Path target, AtomicFile file, WavWriter writer) {}

    /**
     * A finished chapter file: its path, title and length, and its {@link FinishedVolumes#stamp}, taken
     * before it moved into place.
     */
    public record ChapterFile(Path path, String title, double seconds, String stamp) {}

    public ChapterFiles(Path dir, String baseName, String author, PcmFormat format, int chapterCount) {
        this.dir = dir;
        this.baseName = baseName;
        this.author = author;
        this.format = format;
        this.chapterCount = chapterCount;
    }

    @Override
    public PcmFormat format() {
        return format;
    }

    @Override
    public long frames() {
        return framesBefore + (parts.isEmpty() ? 0 : current().frames());
    }

    @Override
    public void writeSilenceFrames(long frames) throws IOException {
        if (frames > 0) {
            current().writeSilenceFrames(frames);
        }
    }

    @Override
    public void writePcm(byte[] pcm) throws IOException {
        current().writePcm(pcm);
    }

    @Override
    public void copyPcm(FileChannel source, long position, long bytes) throws IOException {
        current().copyPcm(source, position, bytes);
    }

    @Override
    public void markChapter(String title) throws IOException {
        if (!parts.isEmpty()) {
            framesBefore += current().frames();
            current().finish();
            current().close();
        }
        Path target = dir.resolve(fileName(parts.size() + 1, title));
        AtomicFile file = AtomicFile.create(target);
        WavWriter writer = new WavWriter(file.path(), format, new WavInfo(title, author));
        writer.markChapter(title);
        parts.add(new Part(title, target, file, writer));
    }

    /** Finishes the last file and moves them all into place; returns them in order. */
    public List<ChapterFile> commit() throws IOException {
        if (parts.isEmpty()) {
            return List.of();
        }
        current().finish();
        current().close();
        List<ChapterFile> files = new ArrayList<>();
        for (Part part : parts) {
            String stamp = FinishedVolumes.stamp(part.file().path());
            part.file().commit();
            files.add(new ChapterFile(part.target(), part.title(), format.seconds(part.writer().frames()), stamp));
        }
        return files;
    }

    /** An extended M3U playlist of the chapter files, in order. */
    public static String playlist(List<ChapterFile> files, String author) {
        StringBuilder m3u = new StringBuilder("#EXTM3U\n#EXTENC: UTF-8\n");
        for (ChapterFile file : files) {
            m3u.append("#EXTINF:").append(Math.round(file.seconds())).append(',')
                    .append(author.isBlank() ? "" : author + " - ").append(file.title()).append('\n')
                    .append(file.path().getFileName()).append('\n');
        }
        return m3u.toString();
    }

    @Override
    public void close() throws IOException {
        for (Part part : parts) {
            part.writer().close();
            part.file().close();
        }
    }

    private WavWriter current() {
        if (parts.isEmpty()) {
            throw new IllegalStateException("audio before the first chapter");
        }
        return parts.get(parts.size() - 1).writer();
    }

    private String fileName(int number, String title) {
        String safe = FileNames.safe(title);
        if (safe.length() > MAX_NAME_CHARS) {
            safe = safe.substring(0, MAX_NAME_CHARS).strip();
        }
        return baseName + " - " + SortableNumbers.padded(number, chapterCount) + " - " + safe + ".wav";
    }
}
