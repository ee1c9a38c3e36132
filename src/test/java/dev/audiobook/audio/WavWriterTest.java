package dev.audiobook.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.WavFile;
import java.nio.file.Path;
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
