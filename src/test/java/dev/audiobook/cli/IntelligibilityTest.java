package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.WordErrorRate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audiobook is speech a recogniser understands: pocketsphinx transcribes the produced WAV and the word
 * error rate against the text as read aloud ({@code NAME.spoken}, written by hand) stays low.
 */
class IntelligibilityTest {
    private static final Path STORIES = Path.of("src/test/resources/stories");
    private static final double MAX_WORD_ERROR_RATE = 0.30;
    /** Issue #12: compression may cost the recogniser at most this much. */
    private static final double MAX_RISE_OVER_WAV = 0.01;

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"the-long-walk", "seven-paragraphs", "numbers-and-markup"})
    void pocketsphinxUnderstandsTheAudiobook(String story) throws Exception {
        ExternalTool.require("pocketsphinx_continuous", "pocketsphinx pocketsphinx-en-us");
        CommandRun run = CommandRun.of(STORIES.resolve(story + ".txt").toString(), "-o", out.toString(), "-q");
        assertThat(run.exitCode()).as(run.stderr()).isZero();

        assertUnderstood(story, "WAV", out.resolve(story + ".wav"));
    }

    /** The m4b and mp3, at their default bitrates, are understood as well as the WAV they are made from. */
    @ParameterizedTest
    @ValueSource(strings = {"m4b", "mp3"})
    void pocketsphinxUnderstandsTheCompressedEditionsAsWell(String format) throws Exception {
        ExternalTool.require("pocketsphinx_continuous", "pocketsphinx pocketsphinx-en-us");
        ExternalTool.require("ffmpeg", "ffmpeg");
        String story = "the-long-walk";
        CommandRun run = CommandRun.of(STORIES.resolve(story + ".txt").toString(), "-o", out.toString(), "-q",
                "--format", "wav," + format);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Path decoded = out.resolve("decoded.wav");
        ExternalTool.Result decoding = ExternalTool.run("ffmpeg", "-nostdin", "-v", "error", "-i",
                out.resolve(story + "." + format).toString(), "-ac", "1", "-ar", "16000", decoded.toString());
        assertThat(decoding.exitCode()).as(decoding.stderr()).isZero();

        double wav = assertUnderstood(story, "WAV", out.resolve(story + ".wav"));
        double compressed = assertUnderstood(story, format, decoded);
        assertThat(compressed).as("%s word error rate against the WAV's %.3f", format, wav)
                .isLessThanOrEqualTo(wav + MAX_RISE_OVER_WAV);
    }

    /**
     * pocketsphinx's transcript of the 16 kHz WAV is within the error rate of the story as read aloud;
     * returns the rate.
     */
    private static double assertUnderstood(String story, String edition, Path wav) throws Exception {
        ExternalTool.Result transcript = ExternalTool.run("pocketsphinx_continuous", "-infile", wav.toString(),
                "-logfn", "/dev/null");
        assertThat(transcript.exitCode()).as(transcript.stderr()).isZero();

        double wer = WordErrorRate.of(Files.readString(STORIES.resolve(story + ".spoken")), transcript.stdout());
        System.out.printf("pocketsphinx word error rate on %s (%s): %.3f%n", story, edition, wer);
        assertThat(wer).as("word error rate; transcript:%n%s", transcript.stdout()).isLessThanOrEqualTo(MAX_WORD_ERROR_RATE);
        return wer;
    }
}
