package dev.audiobook.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.audio.PcmFormat;
import dev.audiobook.audio.WavInfo;
import dev.audiobook.audio.WavWriter;
import dev.audiobook.render.EarlierAudio;
import dev.audiobook.render.Span;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index of an earlier WAV is trusted only while the WAV is the one it describes and the index and each
 * segment's bytes are as their checksums say, and never breaks a run.
 */
class EarlierWavTest {
    private static final String LAYOUT = "format 2 16000 Hz, 16 bit, 1 channel";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    /** Where each segment's sentences lie, kept in the index for the subtitles of a segment copied. */
    private static final List<Span> SENTENCES = List.of(new Span(0, 40), new Span(60, 100));

    @Test
    void anIndexWrittenForTheWavFindsEachSegmentsBytes() throws Exception {
        Path wav = wav();
        Path index = dir.resolve("book.wav.segments");
        EarlierWav.writeIndex(index, FinishedVolumes.stamp(wav), LAYOUT, List.of(
                entry("aaa@1.0", wav, 44, 300), entry("bbb@1.0", wav, 400, 200), entry("aaa@1.0", wav, 700, 300)));

        try (EarlierAudio earlier = EarlierWav.open(wav, index, LAYOUT, warnings::add)) {
            assertThat(earlier.find("aaa@1.0")).contains(new EarlierAudio.Range(44, 300, crc(wav, 44, 300), SENTENCES));
            assertThat(earlier.find("bbb@1.0")).contains(new EarlierAudio.Range(400, 200, crc(wav, 400, 200), SENTENCES));
            assertThat(earlier.find("aaa@0.5")).isEmpty();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aWavChangedSinceItsIndexOrAnotherLayoutOrNoIndexFindsNothing() throws Exception {
        Path wav = wav();
        Path index = indexOfOneSegment(wav);

        assertFindsNothing(wav, index, "format 3 16000 Hz, 16 bit, 1 channel");
        assertFindsNothing(wav, dir.resolve("missing.segments"), LAYOUT);
        Files.write(wav, new byte[1002]);
        assertFindsNothing(wav, index, LAYOUT);
        assertThat(warnings).isEmpty();
    }

    @Test
    void anIndexOfAnEarlierVersionWithoutChecksumsFindsNothingAndSaysNothing() throws Exception {
        Path wav = wav();
        Path index = dir.resolve("book.wav.segments");
        Files.writeString(index, "audiobook segment index 1\n" + FinishedVolumes.stamp(wav) + "\n" + LAYOUT
                + "\naaa@1.0 44 300\n");

        assertFindsNothing(wav, index, LAYOUT);
        assertThat(warnings).isEmpty();
    }

    @Test
    void anIndexWithOneDigitChangedIsThrownAwayWithAWarning() throws Exception {
        Path wav = wav();
        Path index = indexOfOneSegment(wav);
        Files.writeString(index, Files.readString(index).replace("aaa@1.0 44 300", "aaa@1.0 44 900"));

        assertFindsNothing(wav, index, LAYOUT);
        assertThat(warnings).containsExactly(index + " was damaged; its segments are made again");
        assertThat(index).doesNotExist();
    }

    @Test
    void bytesChangedUnderTheirChecksumAreNotCopiedAndNothingMoreIsCopiedFromThatWav() throws Exception {
        Path wav = wav();
        Path index = dir.resolve("book.wav.segments");
        EarlierWav.writeIndex(index, FinishedVolumes.stamp(wav), LAYOUT, List.of(
                entry("aaa@1.0", wav, 44, 300), entry("bbb@1.0", wav, 400, 200)));
        var time = Files.getLastModifiedTime(wav);
        try (FileChannel channel = FileChannel.open(wav, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {9}), 100);
        }
        Files.setLastModifiedTime(wav, time);
        Path copy = dir.resolve("copy.wav");
        PcmFormat format = new PcmFormat(16000, 16, 1);

        try (EarlierAudio earlier = EarlierWav.open(wav, index, LAYOUT, warnings::add);
                WavWriter sink = new WavWriter(copy, format, new WavInfo("Book", ""))) {
            assertThat(earlier.copy(earlier.find("aaa@1.0").orElseThrow(), sink)).isFalse();
            assertThat(earlier.find("bbb@1.0")).isEmpty();
            assertThat(sink.frames()).isZero();
        }
        assertThat(warnings).containsExactly(wav + " is not as " + index + " records it; its segments are made again");
    }

    private void assertFindsNothing(Path wav, Path index, String layout) throws Exception {
        try (EarlierAudio earlier = EarlierWav.open(wav, index, layout, warnings::add)) {
            assertThat(earlier.find("aaa@1.0")).isEmpty();
        }
    }

    private Path indexOfOneSegment(Path wav) throws Exception {
        Path index = dir.resolve("book.wav.segments");
        EarlierWav.writeIndex(index, FinishedVolumes.stamp(wav), LAYOUT, List.of(entry("aaa@1.0", wav, 44, 300)));
        return index;
    }

    /** A WAV-sized file of distinct bytes. */
    private Path wav() throws Exception {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        return Files.write(dir.resolve("book.wav"), bytes);
    }

    private static EarlierWav.Entry entry(String key, Path wav, long position, long bytes) throws Exception {
        return new EarlierWav.Entry(key, position, bytes, crc(wav, position, bytes), SENTENCES);
    }

    private static int crc(Path wav, long position, long bytes) throws Exception {
        CRC32C crc = new CRC32C();
        crc.update(Files.readAllBytes(wav), (int) position, (int) bytes);
        return (int) crc.getValue();
    }
}
