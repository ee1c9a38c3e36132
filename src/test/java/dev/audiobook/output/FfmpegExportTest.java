package dev.audiobook.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.audiobook.UserError;
import dev.audiobook.audio.PcmFormat;
import dev.audiobook.audio.WavChapter;
import dev.audiobook.audio.WavInfo;
import dev.audiobook.audio.WavWriter;
import dev.audiobook.book.BookDetails;
import dev.audiobook.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegExportTest {
    @TempDir
    Path emptyDir;

    @Test
    void withoutFfmpegOnThePathTheErrorSaysHowToInstallIt() {
        assertThatThrownBy(() -> FfmpegExport.requireFfmpeg(Delivery.of(AudioFileFormat.M4B), emptyDir.toString()))
                .isInstanceOf(UserError.class)
                .hasMessage("--format m4b needs ffmpeg on the PATH; install it (Debian and Ubuntu: apt-get install "
                        + "ffmpeg; macOS: brew install ffmpeg) or use --format wav");
        assertThatCode(() -> FfmpegExport.requireFfmpeg(Delivery.WAV, emptyDir.toString()))
                .doesNotThrowAnyException();
    }

    @Test
    void ffmpegTellsHowMuchIsEncodedAsItGoesAndWhatWentWrongWhenItFails() throws Exception {
        ExternalTool.require("ffmpeg", "ffmpeg");
        PcmFormat format = new PcmFormat(16000, 16, 1);
        Path wav = emptyDir.resolve("book.wav");
        try (WavWriter writer = new WavWriter(wav, format, new WavInfo("Book", ""))) {
            writer.markChapter("One");
            byte[] tone = new byte[format.bytesForMillis(30_000)];
            for (int i = 0; i < tone.length; i += 2) {
                short sample = (short) (8000 * Math.sin(i * Math.PI / 40));
                tone[i] = (byte) sample;
                tone[i + 1] = (byte) (sample >> 8);
            }
            writer.writePcm(tone);
            writer.finish();
        }
        List<Double> encoded = new ArrayList<>();
        List<WavChapter> chapters = List.of(new WavChapter(0, "One"));

        FfmpegExport.convert(wav, emptyDir.resolve("book.mp3"), AudioFileFormat.MP3, java.util.OptionalInt.empty(), new AudioTags("Book", "", "", BookDetails.NONE), chapters, 16000,
                format.framesFor(format.bytesForMillis(30_000)), encoded::add);

        assertThat(encoded).isNotEmpty().isSorted();
        assertThat(encoded.get(encoded.size() - 1)).isCloseTo(30.0, within(0.2));
        assertThatThrownBy(() -> FfmpegExport.convert(emptyDir.resolve("no-such.wav"), emptyDir.resolve("x.mp3"),
                AudioFileFormat.MP3, java.util.OptionalInt.empty(), new AudioTags("Book", "", "", BookDetails.NONE), chapters, 16000, 1, seconds -> {}))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("ffmpeg could not make the mp3 file: ")
                .hasMessageContaining("no-such.wav");
    }

    @Test
    void chaptersRunFromTheirMarkerToTheNextAndSpecialCharactersAreEscaped() {
        String meta = FfmpegExport.ffmetadata(new AudioTags("A=B; C", "Ann", "", BookDetails.NONE), List.of(new WavChapter(0, "One #1"),
                new WavChapter(16000, "Two")), 16000, 40000, false);

        assertThat(meta).startsWith(";FFMETADATA1\ntitle=A\\=B\\; C\nartist=Ann\n").doesNotContain("CHAPTER001")
                .contains("[CHAPTER]\nTIMEBASE=1/16000\nSTART=0\nEND=16000\ntitle=One \\#1\n")
                .endsWith("[CHAPTER]\nTIMEBASE=1/16000\nSTART=16000\nEND=40000\ntitle=Two\n");
    }

    @Test
    void aFlacNamesItsChaptersInVorbisComments() {
        String meta = FfmpegExport.ffmetadata(new AudioTags("Book", "", "", BookDetails.NONE),
                List.of(new WavChapter(0, "One"), new WavChapter(16000 * 3725 + 8000, "Two; or, the End")), 16000,
                16000 * 4000, true);

        assertThat(meta).contains("CHAPTER001=00:00:00.000\nCHAPTER001NAME=One\n")
                .contains("CHAPTER002=01:02:05.500\nCHAPTER002NAME=Two\\; or, the End\n");
    }
}
