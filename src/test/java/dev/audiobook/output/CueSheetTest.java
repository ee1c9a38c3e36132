package dev.audiobook.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.audiobook.audio.PcmFormat;
import dev.audiobook.audio.WavChapter;
import dev.audiobook.testing.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueSheetTest {
    private static final PcmFormat FORMAT = new PcmFormat(16000, 16, 1);
    private static final List<WavChapter> CHAPTERS = List.of(
            new WavChapter(0, "Chapter 1: The \"Big\" Storm"),
            new WavChapter(16000L * 61 + 16000 / 75 * 10 + 5, "Chapter 2"),
            new WavChapter(16000L * 3600 * 2, "Chapter 3"));

    @TempDir
    Path dir;

    @Test
    void timestampsCountCdFramesAndRoundDown() {
        assertThat(CueSheet.timestamp(0, 16000)).isEqualTo("00:00:00");
        assertThat(CueSheet.timestamp(16000L * 61 + 16000 / 75 * 10 + 5, 16000)).isEqualTo("01:01:10");
        assertThat(CueSheet.timestamp(16000L * 7200, 16000)).isEqualTo("120:00:00");
        assertThat(CueSheet.timestamp(16000 / 75 - 1, 16000)).isEqualTo("00:00:00");
    }

    @Test
    void quotesInsideTitlesBecomeTypographicOpeningAndClosingOnesAndLineBreaksSpaces() {
        String cue = CueSheet.render("A \"Book\" (\"Annotated\")", "Ann \"Nan\"\nWriter", "book.wav", FORMAT,
                CHAPTERS);

        assertThat(cue).contains("TITLE \"A \u201CBook\u201D (\u201CAnnotated\u201D)\"\n")
                .contains("PERFORMER \"Ann \u201CNan\u201D Writer\"\n")
                .contains("    TITLE \"Chapter 1: The \u201CBig\u201D Storm\"\n")
                .contains("FILE \"book.wav\" WAVE\n")
                .contains("  TRACK 03 AUDIO\n");
    }

    @Test
    void aFileNameTheSheetCannotQuoteExactlyIsRefused() {
        for (String name : List.of("my \"odd\" book.wav", "two\nlines.wav")) {
            assertThatThrownBy(() -> CueSheet.render("A Book", "Ann", name, FORMAT, CHAPTERS))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void cuetoolsParseTheSheet() throws Exception {
        ExternalTool.require("cuebreakpoints", "cuetools");
        Path sheet = Files.writeString(dir.resolve("book.cue"),
                CueSheet.render("A \"Book\"", "Ann", "book.wav", FORMAT, CHAPTERS));

        ExternalTool.Result breakpoints = ExternalTool.run("cuebreakpoints", sheet.toString());
        ExternalTool.Result print = ExternalTool.run("cueprint", sheet.toString());

        assertThat(breakpoints.exitCode()).as(breakpoints.stderr()).isZero();
        assertThat(breakpoints.stdout().lines()).containsExactly("1:01.10", "120:00.00");
        assertThat(print.exitCode()).as(print.stderr()).isZero();
        assertThat(print.stdout()).contains("no. of tracks:\t3").contains("Chapter 1: The \u201CBig\u201D Storm");
    }
}
