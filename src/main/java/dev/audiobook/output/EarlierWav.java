package dev.audiobook.output;

import dev.audiobook.audio.AudioSink;
import dev.audiobook.render.EarlierAudio;
import dev.audiobook.render.Span;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The finished audio of segments inside the WAV an earlier run wrote, found through the index that run left
 * in the cache. When one paragraph of a long book changes, copying the rest from there is most of the
 * re-run, far cheaper than reading and levelling every cached segment again. The index names the WAV's
 * {@link FinishedVolumes#stamp}, so a WAV changed since, by anyone, is never copied from; the index carries
 * a checksum of itself, and a CRC-32C of each segment's bytes, checked before the segment is copied, so
 * neither a damaged index nor samples changed under an unchanged stamp put wrong audio in a book.
 */
public final class EarlierWav implements EarlierAudio {
    private static final String HEADER = "audiobook segment index 3";
    private static final int READ_BYTES = 1 << 20;

    private final Path path;
    private final Path index;
    private final FileChannel wav;
    private final Map<String, Range> ranges;
    private final Consumer<String> warnings;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(READ_BYTES);
    private boolean damaged;

    private EarlierWav(Path path, Path index, FileChannel wav, Map<String, Range> ranges, Consumer<String> warnings) {
        this.path = path;
        this.index = index;
        this.wav = wav;
        this.ranges = ranges;
        this.warnings = warnings;
    }

    /**
     * The earlier WAV's segments, when its index is there and the WAV is as the index says; else none.
     *
     * @param layout what the bytes depend on besides each segment's audio key: format and levelling
     * @param warnings told of a damaged index or WAV, whose segments are then made again
     */
    public static EarlierAudio open(Path wav, Path index, String layout, Consumer<String> warnings) {
        Optional<List<String>> read = RecordFiles.readLines(index, warnings, "its segments are made again");
        if (read.isEmpty()) {
            return NONE;
        }
        List<String> lines = read.get();
        try {
            if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).equals(FinishedVolumes.stamp(wav))
                    || !lines.get(2).equals(layout)) {
                return NONE;
            }
            Map<String, Range> ranges = new HashMap<>();
            for (String line : lines.subList(3, lines.size())) {
                String[] fields = line.split(" ");
                ranges.putIfAbsent(fields[0], new Range(Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                        Integer.parseUnsignedInt(fields[3], 16), spans(fields[4])));
            }
            FileChannel channel = FileChannel.open(wav);
            // The file may have been replaced between the check and the opening.
            if (!FinishedVolumes.stamp(wav).equals(lines.get(1))) {
                channel.close();
                return NONE;
            }
            return new EarlierWav(wav, index, channel, ranges, warnings);
        } catch (IOException | RuntimeException missingOrUnreadable) {
            return NONE;
        }
    }

    /**
     * A segment written to a WAV: its audio key, where its bytes lie in the file and their CRC-32C, and where
     * its sentences' speech lies, in sample frames from the segment's start.
     */
    public record Entry(String audioKey, long position, long bytes, int checksum, List<Span> sentences) {}

    /** "0-4410,7130-9000": each sentence's first frame and the frame after its last. */
    private static String spans(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            out.append(out.length() == 0 ? "" : ",").append(span.startFrame()).append('-').append(span.endFrame());
        }
        return out.toString();
    }

    private static List<Span> spans(String field) {
        List<Span> spans = new ArrayList<>();
        for (String span : field.split(",")) {
            int dash = span.indexOf('-');
            spans.add(new Span(Long.parseLong(span.substring(0, dash)), Long.parseLong(span.substring(dash + 1))));
        }
        return spans;
    }

    /**
     * Writes the index of a WAV.
     *
     * @param wavStamp the WAV's {@link FinishedVolumes#stamp}, taken before it was moved into place, so that
     *     an index never vouches for a file another run put there since
     */
    public static void writeIndex(Path index, String wavStamp, String layout, List<Entry> entries)
            throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER, wavStamp, layout));
        for (Entry e : entries) {
            lines.add(e.audioKey() + " " + e.position() + " " + e.bytes() + " "
                    + HexFormat.of().toHexDigits(e.checksum()) + " " + spans(e.sentences()));
        }
        RecordFiles.writeLines(index, lines);
    }

    @Override
    public Optional<Range> find(String audioKey) {
        return damaged ? Optional.empty() : Optional.ofNullable(ranges.get(audioKey));
    }

    @Override
    public boolean copy(Range range, AudioSink sink) throws IOException {
        if (damaged || checksum(range) != Integer.toUnsignedLong(range.checksum())) {
            if (!damaged) {
                damaged = true;
                warnings.accept(path + " is not as " + index + " records it; its segments are made again");
            }
            return false;
        }
        sink.copyPcm(wav, range.position(), range.bytes());
        return true;
    }

    /** The CRC-32C of the range's bytes as they are in the file now; -1 never matches where it is cut short. */
    private long checksum(Range range) throws IOException {
        CRC32C crc = new CRC32C();
        for (long at = range.position(); at < range.position() + range.bytes(); ) {
            buffer.clear().limit((int) Math.min(READ_BYTES, range.position() + range.bytes() - at));
            int n = wav.read(buffer, at);
            if (n < 0) {
                return -1;
            }
            crc.update(buffer.flip());
            at += n;
        }
        return crc.getValue();
    }

    @Override
    public void close() throws IOException {
        wav.close();
    }
}
