package dev.audiobook.output;

import dev.audiobook.audio.AudioSink;
import dev.audiobook.render.EarlierAudio;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The finished audio of segments inside the WAV an earlier run wrote, found through the index that run left
 * in the cache. When one paragraph of a long book changes, copying the rest from there is most of the
 * re-run, far cheaper than reading and levelling every cached segment again. The index names the WAV's
 * {@link FinishedVolumes#stamp}, so a WAV changed since, by anyone, is never copied from.
 */
public final class EarlierWav implements EarlierAudio {
    private static final String HEADER = "audiobook segment index 1";

    private final FileChannel wav;
    private final Map<String, Range> ranges;

    private EarlierWav(FileChannel wav, Map<String, Range> ranges) {
        this.wav = wav;
        this.ranges = ranges;
    }

    /**
     * The earlier WAV's segments, when its index is there and the WAV is as the index says; else none.
     *
     * @param layout what the bytes depend on besides each segment's audio key: format and levelling
     */
    public static EarlierAudio open(Path wav, Path index, String layout) {
        try {
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).equals(FinishedVolumes.stamp(wav))
                    || !lines.get(2).equals(layout)) {
                return NONE;
            }
            Map<String, Range> ranges = new HashMap<>();
            for (String line : lines.subList(3, lines.size())) {
                String[] fields = line.split(" ");
                ranges.putIfAbsent(fields[0], new Range(Long.parseLong(fields[1]), Long.parseLong(fields[2])));
            }
            FileChannel channel = FileChannel.open(wav);
            // The file may have been replaced between the check and the opening.
            if (!FinishedVolumes.stamp(wav).equals(lines.get(1))) {
                channel.close();
                return NONE;
            }
            return new EarlierWav(channel, ranges);
        } catch (IOException | RuntimeException missingOrUnreadable) {
            return NONE;
        }
    }

    /** A segment written to a WAV: its audio key and where its bytes lie in the file. */
    public record Entry(String audioKey, long position, long bytes) {}

    /**
     * Writes the index of a WAV.
     *
     * @param wavStamp the WAV's {@link FinishedVolumes#stamp}, taken before it was moved into place, so that
     *     an index never vouches for a file another run put there since
     */
    public static void writeIndex(Path index, String wavStamp, String layout, List<Entry> entries)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n" + wavStamp + "\n" + layout + "\n");
            for (Entry e : entries) {
                out.write(e.audioKey() + " " + e.position() + " " + e.bytes() + "\n");
            }
        }
    }

    @Override
    public Optional<Range> find(String audioKey) {
        return Optional.ofNullable(ranges.get(audioKey));
    }

    @Override
    public void copy(Range range, AudioSink sink) throws IOException {
        sink.copyPcm(wav, range.position(), range.bytes());
    }

    @Override
    public void close() throws IOException {
        wav.close();
    }
}
