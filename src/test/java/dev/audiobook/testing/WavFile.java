package dev.audiobook.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A WAV file parsed back from its bytes, independently of the writer, for tests. */
public record WavFile(
        long riffSize,
        long fileSize,
        int formatTag,
        int channels,
        int sampleRate,
        int byteRate,
        int blockAlign,
        int bitsPerSample,
        long dataSize,
        long dataOffset,
        List<String> chunkOrder,
        List<CuePoint> cuePoints,
        Map<Integer, String> labels,
        Map<String, String> info) {

    public record CuePoint(int id, long sampleOffset) {}

    public double durationSeconds() {
        return (double) dataSize / byteRate;
    }

    /** The samples of the data chunk. */
    public short[] samples(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        ByteBuffer data = ByteBuffer.wrap(bytes, (int) dataOffset, (int) dataSize).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[(int) (dataSize / 2)];
        data.asShortBuffer().get(samples);
        return samples;
    }

    /** Chapter titles in cue point order. */
    public List<String> chapterTitles() {
        return cuePoints.stream().map(c -> labels.get(c.id())).toList();
    }

    public static WavFile read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        require(fourCc(b).equals("RIFF"), "RIFF");
        long riffSize = Integer.toUnsignedLong(b.getInt());
        require(fourCc(b).equals("WAVE"), "WAVE");
        int formatTag = 0, channels = 0, sampleRate = 0, byteRate = 0, blockAlign = 0, bits = 0;
        long dataSize = -1, dataOffset = -1;
        List<String> order = new ArrayList<>();
        List<CuePoint> cues = new ArrayList<>();
        Map<Integer, String> labels = new HashMap<>();
        Map<String, String> info = new LinkedHashMap<>();
        while (b.remaining() >= 8) {
            String id = fourCc(b);
            long size = Integer.toUnsignedLong(b.getInt());
            int start = b.position();
            require(start + size <= bytes.length, "chunk " + id + " fits in the file");
            order.add(id);
            switch (id) {
                case "fmt " -> {
                    formatTag = b.getShort() & 0xffff;
                    channels = b.getShort() & 0xffff;
                    sampleRate = b.getInt();
                    byteRate = b.getInt();
                    blockAlign = b.getShort() & 0xffff;
                    bits = b.getShort() & 0xffff;
                }
                case "data" -> {
                    dataSize = size;
                    dataOffset = start;
                }
                case "cue " -> {
                    int count = b.getInt();
                    for (int i = 0; i < count; i++) {
                        int cueId = b.getInt();
                        b.getInt();
                        require(fourCc(b).equals("data"), "cue point refers to data");
                        b.getInt();
                        b.getInt();
                        cues.add(new CuePoint(cueId, Integer.toUnsignedLong(b.getInt())));
                    }
                }
                case "LIST" -> {
                    String type = fourCc(b);
                    order.set(order.size() - 1, "LIST/" + type);
                    while (b.position() < start + size) {
                        String sub = fourCc(b);
                        int subSize = b.getInt();
                        int subStart = b.position();
                        if (type.equals("adtl") && sub.equals("labl")) {
                            int cueId = b.getInt();
                            labels.put(cueId, zeroTerminated(bytes, b.position(), subSize - 4));
                        } else if (type.equals("INFO")) {
                            info.put(sub, zeroTerminated(bytes, subStart, subSize));
                        }
                        b.position(subStart + subSize + (subSize & 1));
                    }
                }
                default -> {}
            }
            b.position((int) (start + size + (size & 1)));
        }
        return new WavFile(riffSize, bytes.length, formatTag, channels, sampleRate, byteRate, blockAlign, bits,
                dataSize, dataOffset, order, cues, labels, info);
    }

    private static String zeroTerminated(byte[] bytes, int offset, int max) {
        int end = offset;
        while (end < offset + max && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String fourCc(ByteBuffer b) {
        byte[] id = new byte[4];
        b.get(id);
        return new String(id, StandardCharsets.US_ASCII);
    }

    private static void require(boolean condition, String what) throws IOException {
        if (!condition) {
            throw new IOException("malformed WAV: expected " + what);
        }
    }
}
