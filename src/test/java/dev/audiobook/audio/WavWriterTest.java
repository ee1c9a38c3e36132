package dev.audiobook.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.WavFile;
import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {
    private static final PcmFormat FORMAT = new PcmFormat(16000, 16, 1);

    @TempDir
    Path dir;

    @Test
    void writesHeaderSizesAndChapterChunksThatReadBack() throws Exception {
        Path path = dir.resolve("book.wav");
        byte[] tone = new byte[3200];
        for (int i = 0; i < tone.length; i += 2) {
            tone[i] = (byte) (i * 7);
            tone[i + 1] = (byte) (i % 64);
        }
        try (WavWriter wav = new WavWriter(path, FORMAT, new WavInfo("A \"Quoted\" Book", "Ann Author"))) {
            wav.markChapter("Chapter 1: Caf\u00e9");
            wav.writePcm(tone);
            wav.writeSilence(600);
            wav.markChapter("Chapter 2");
            wav.writePcm(tone);
            wav.finish();
        }

        WavFile wav = WavFile.read(path);
        assertThat(wav.formatTag()).isEqualTo(1);
        assertThat(wav.channels()).isEqualTo(1);
        assertThat(wav.sampleRate()).isEqualTo(16000);
        assertThat(wav.bitsPerSample()).isEqualTo(16);
        assertThat(wav.byteRate()).isEqualTo(32000);
        assertThat(wav.blockAlign()).isEqualTo(2);
        assertThat(wav.riffSize()).isEqualTo(wav.fileSize() - 8);
        assertThat(wav.dataSize()).isEqualTo(3200 + 19200 + 3200);
        assertThat(wav.chunkOrder()).containsExactly("fmt ", "LIST/INFO", "data", "cue ", "LIST/adtl");
        assertThat(wav.cuePoints()).extracting(WavFile.CuePoint::sampleOffset).containsExactly(0L, 1600L + 9600L);
        assertThat(wav.chapterTitles()).containsExactly("Chapter 1: Caf\u00e9", "Chapter 2");
        assertThat(wav.info()).containsEntry("INAM", "A \"Quoted\" Book").containsEntry("IART", "Ann Author");
        short[] samples = wav.samples(path);
        assertThat(samples[1]).isEqualTo((short) ((tone[2] & 0xff) | (tone[3] << 8)));
        assertThat(samples[1600 + 100]).isZero();
    }

    @Test
    void copiesFromAnEarlierFileWriteTheSameBytesAsWritingTheSamples() throws Exception {
        byte[] a = tone(3200, 3);
        byte[] b = tone(1600, 5);
        byte[] c = tone(800, 11);
        Path written = dir.resolve("written.wav");
        long data;
        try (WavWriter wav = new WavWriter(written, FORMAT, new WavInfo("Book", ""))) {
            data = wav.dataOffset();
            wav.writePcm(a);
            wav.writeSilence(100);
            wav.writePcm(b);
            wav.writeSilence(200);
            wav.writePcm(c);
            wav.finish();
        }
        long silence100 = FORMAT.bytesForMillis(100);
        // A pause is always written as silence, never copied with the audio around it: only the copied
        // segments' bytes are checked against their checksums before copying.
        try (FileChannel earlier = FileChannel.open(written, java.nio.file.StandardOpenOption.WRITE)) {
            earlier.write(java.nio.ByteBuffer.wrap(new byte[] {7, 7, 7, 7}), data + a.length + 10);
        }

        // Copied back in another order and with other pauses.
        Path copied = dir.resolve("copied.wav");
        try (FileChannel earlier = FileChannel.open(written);
                WavWriter wav = new WavWriter(copied, FORMAT, new WavInfo("Book", ""))) {
            wav.copyPcm(earlier, data, a.length);
            wav.writeSilence(100);
            wav.copyPcm(earlier, data + a.length + silence100, b.length);
            wav.writeSilence(300);
            wav.markChapter("Two");
            wav.copyPcm(earlier, data, a.length);
            wav.writePcm(c);
            wav.writeSilence(50);
            wav.finish();
        }

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(a);
        expected.write(new byte[(int) silence100]);
        expected.write(b);
        expected.write(new byte[FORMAT.bytesForMillis(300)]);
        expected.write(a);
        expected.write(c);
        expected.write(new byte[FORMAT.bytesForMillis(50)]);
        WavFile wav = WavFile.read(copied);
        assertThat(wav.dataSize()).isEqualTo(expected.size());
        assertThat(wav.riffSize()).isEqualTo(wav.fileSize() - 8);
        assertThat(wav.cuePoints()).extracting(WavFile.CuePoint::sampleOffset)
                .containsExactly((long) FORMAT.framesFor(a.length + silence100 + b.length + FORMAT.bytesForMillis(300)));
        byte[] copiedFile = Files.readAllBytes(copied);
        assertThat(Arrays.copyOfRange(copiedFile, (int) data, (int) data + expected.size()))
                .isEqualTo(expected.toByteArray());
    }

    private static byte[] tone(int bytes, int step) {
        byte[] tone = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            tone[i] = (byte) (1 + (i * step) % 120);
        }
        return tone;
    }

    @Test
    void aBookWithoutAuthorHasNoArtistTag() throws Exception {
        Path path = dir.resolve("anon.wav");
        try (WavWriter wav = new WavWriter(path, FORMAT, new WavInfo("Anonymous", ""))) {
            wav.writeSilence(10);
            wav.finish();
        }

        WavFile wav = WavFile.read(path);
        assertThat(wav.info()).containsKey("INAM").doesNotContainKey("IART");
        assertThat(wav.cuePoints()).isEmpty();
        assertThat(wav.dataSize()).isEqualTo(320);
    }
}
