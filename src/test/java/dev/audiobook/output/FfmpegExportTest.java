package dev.audiobook.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.audiobook.UserError;
import dev.audiobook.audio.WavChapter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegExportTest {
    @TempDir
    Path emptyDir;

    @Test
    void withoutFfmpegOnThePathTheErrorSaysHowToInstallIt() {
        assertThatThrownBy(() -> FfmpegExport.requireFfmpeg(AudioFileFormat.M4B, emptyDir.toString()))
                .isInstanceOf(UserError.class)
                .hasMessage("--format m4b needs ffmpeg on the PATH; install it (Debian and Ubuntu: apt-get install "
                        + "ffmpeg; macOS: brew install ffmpeg) or use --format wav");
        assertThatCode(() -> FfmpegExport.requireFfmpeg(AudioFileFormat.WAV, emptyDir.toString()))
                .doesNotThrowAnyException();
    }

    @Test
    void chaptersRunFromTheirMarkerToTheNextAndSpecialCharactersAreEscaped() {
        String meta = FfmpegExport.ffmetadata("A=B; C", "Ann", List.of(new WavChapter(0, "One #1"),
                new WavChapter(16000, "Two")), 16000, 40000);

        assertThat(meta).startsWith(";FFMETADATA1\ntitle=A\\=B\\; C\nartist=Ann\n")
                .contains("[CHAPTER]\nTIMEBASE=1/16000\nSTART=0\nEND=16000\ntitle=One \\#1\n")
                .endsWith("[CHAPTER]\nTIMEBASE=1/16000\nSTART=16000\nEND=40000\ntitle=Two\n");
    }
}
