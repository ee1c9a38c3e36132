package dev.audiobook.audio;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a WAV file while the audio streams in: the header and INFO tags first, then the samples, and at
 * the end the chapter markers (a {@code cue } chunk and a {@code LIST/adtl} chunk of {@code labl} titles)
 * and the final chunk sizes.
 */
public final class WavWriter implements AudioSink, Closeable {
    /** Raise when the bytes this writer makes for the same audio change, so finished files are made again. */
    public static final int FORMAT_VERSION = 2;
    /** RIFF sizes are 32-bit. */
    public static final long MAX_RIFF_BYTES = 0xFFFF_FFFFL;
    private static final int BUFFER_BYTES = 1 << 16;
    private static final int MAX_LABEL_BYTES = 500;
    private static final byte[] SILENCE = new byte[8192];

    private final FileChannel channel;
    private final PcmFormat format;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private final List<WavChapter> chapters = new ArrayList<>();
    private final long dataSizeOffset;
    private long dataBytes;

    public WavWriter(Path path, PcmFormat format, WavInfo info) throws IOException {
        this.format = format;
        this.channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        buffer.put(ascii("RIFF")).putInt(0).put(ascii("WAVE"));
        buffer.put(ascii("fmt ")).putInt(16)
                .putShort((short) 1)
                .putShort((short) format.channels())
                .putInt(format.sampleRate())
                .putInt(format.byteRate())
                .putShort((short) format.bytesPerFrame())
                .putShort((short) format.bitsPerSample());
        putInfo(info);
        buffer.put(ascii("data"));
        dataSizeOffset = buffer.position();
        buffer.putInt(0);
    }

    @Override
    public PcmFormat format() {
        return format;
    }

    /** Sample frames written so far. */
    @Override
    public long frames() {
        return format.framesFor(dataBytes);
    }

    @Override
    public void writePcm(byte[] pcm) throws IOException {
        writePcm(pcm, pcm.length);
    }

    @Override
    public void writeSilenceFrames(long frames) throws IOException {
        long remaining = frames * format.bytesPerFrame();
        while (remaining > 0) {
            int n = (int) Math.min(remaining, SILENCE.length);
            writePcm(SILENCE, n);
            remaining -= n;
        }
    }

    /** Copies the bytes file to file, without passing them through the heap. */
    @Override
    public void copyPcm(FileChannel source, long position, long bytes) throws IOException {
        checkRoomFor(bytes);
        flush();
        for (long at = position; at < position + bytes; ) {
            long n = source.transferTo(at, position + bytes - at, channel);
            if (n <= 0) {
                throw new IOException("the earlier audio ends before its index says");
            }
            at += n;
        }
        dataBytes += bytes;
    }

    /** Puts every sample written so far into the file, where another reader of it sees them. */
    public void writeOut() throws IOException {
        flush();
    }

    /** Where the samples start in the file, in bytes. */
    public long dataOffset() {
        return dataSizeOffset + 4;
    }

    private void checkRoomFor(long length) throws IOException {
        if (length % format.bytesPerFrame() != 0) {
            throw new IllegalArgumentException("PCM length " + length + " is not a whole number of frames");
        }
        if (dataBytes + length > MAX_RIFF_BYTES - BUFFER_BYTES) {
            throw new IOException("the audio is larger than the 4 GiB a WAV file can hold");
        }
    }

    private void writePcm(byte[] pcm, int length) throws IOException {
        checkRoomFor(length);
        int offset = 0;
        while (offset < length) {
            int n = Math.min(buffer.remaining(), length - offset);
            buffer.put(pcm, offset, n);
            offset += n;
            if (!buffer.hasRemaining()) {
                flush();
            }
        }
        dataBytes += length;
    }

    /** Marks a chapter starting at the current end of the audio. */
    @Override
    public void markChapter(String title) {
        chapters.add(new WavChapter(frames(), title));
    }

    public List<WavChapter> chapters() {
        return List.copyOf(chapters);
    }

    /** Writes the chapter chunks and the final sizes; the file is complete once this returns. */
    public void finish() throws IOException {
        flush();
        if (!chapters.isEmpty()) {
            writeChunk(cueChunk());
            writeChunk(labelChunk());
        }
        long fileBytes = channel.size();
        if (fileBytes - 8 > MAX_RIFF_BYTES) {
            throw new IOException("the audio is larger than the 4 GiB a WAV file can hold");
        }
        channel.write(le32(fileBytes - 8), 4);
        channel.write(le32(dataBytes), dataSizeOffset);
        channel.force(true);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    private void putInfo(WavInfo info) {
        ByteBuffer tags = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        tags.put(ascii("INFO"));
        putTextChunk(tags, "INAM", info.title());
        if (!info.artist().isBlank()) {
            putTextChunk(tags, "IART", info.artist());
        }
        putTextChunk(tags, "ISFT", "audiobook with FreeTTS");
        tags.flip();
        buffer.put(ascii("LIST")).putInt(tags.remaining()).put(tags);
    }

    private ByteBuffer cueChunk() {
        ByteBuffer cue = ByteBuffer.allocate(8 + 4 + 24 * chapters.size()).order(ByteOrder.LITTLE_ENDIAN);
        cue.put(ascii("cue ")).putInt(4 + 24 * chapters.size()).putInt(chapters.size());
        for (int i = 0; i < chapters.size(); i++) {
            int frame = (int) chapters.get(i).frame();
            cue.putInt(i + 1)          // cue point id, matched by its labl
                    .putInt(frame)     // position in play order
                    .put(ascii("data"))
                    .putInt(0)         // chunk start
                    .putInt(0)         // block start
                    .putInt(frame);    // sample offset
        }
        return cue.flip();
    }

    private ByteBuffer labelChunk() {
        ByteBuffer labels = ByteBuffer.allocate(12 + chapters.size() * (12 + MAX_LABEL_BYTES + 2))
                .order(ByteOrder.LITTLE_ENDIAN);
        labels.put(ascii("LIST")).putInt(0).put(ascii("adtl"));
        for (int i = 0; i < chapters.size(); i++) {
            byte[] text = truncatedUtf8(chapters.get(i).title(), MAX_LABEL_BYTES);
            labels.put(ascii("labl")).putInt(4 + text.length + 1).putInt(i + 1).put(text).put((byte) 0);
            if ((text.length + 1) % 2 == 1) {
                labels.put((byte) 0);
            }
        }
        labels.putInt(4, labels.position() - 8);
        return labels.flip();
    }

    private static void putTextChunk(ByteBuffer into, String id, String text) {
        byte[] bytes = truncatedUtf8(text, 1000);
        into.put(ascii(id)).putInt(bytes.length + 1).put(bytes).put((byte) 0);
        if ((bytes.length + 1) % 2 == 1) {
            into.put((byte) 0);
        }
    }

    private void writeChunk(ByteBuffer chunk) throws IOException {
        long at = channel.size();
        while (chunk.hasRemaining()) {
            at += channel.write(chunk, at);
        }
    }

    private static byte[] truncatedUtf8(String s, int maxBytes) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return bytes;
        }
        int end = maxBytes;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--; // do not cut a character in half
        }
        return java.util.Arrays.copyOf(bytes, end);
    }

    private static byte[] ascii(String fourCc) {
        return fourCc.getBytes(StandardCharsets.US_ASCII);
    }

    private static ByteBuffer le32(long value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).flip();
    }
}
