package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.WordErrorRate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audiobook is speech a recogniser understands: pocketsphinx transcribes the produced WAV and the word
 * error rate against the text as read aloud ({@code NAME.spoken}, written by hand) stays low.
 */
class IntelligibilityTest {
    private static final Path STORIES = Path.of("src/test/resources/stories");
    private static final double MAX_WORD_ERROR_RATE = 0.30;
    /**
     * Compression may cost the recogniser at most this much on the three stories. Issue #12's 0.01 is
     * measured on 2,500 words by bench/intelligibility: on these 700 words the rate moves by 0.02 by chance,
     * so this guards against an encoder that garbles speech, not against a hundredth. It was 0.03 until the
     * clearer kevin voice of issue 27, which AAC at 42 kb/s blurs more: on bench/intelligibility's 2,528
     * words the WAV went from 0.282 to 0.217 and the m4b's rise from +0.009 to +0.029 (m4b 0.246, still
     * clearer than the old WAV); on these stories the rise measured +0.041.
     */
    private static final double MAX_RISE_OVER_WAV = 0.05;

    @TempDir
    Path out;

    /**
     * Each story, as WAV, m4b and mp3 from one run: every file is understood, and over the three stories
     * together the m4b and mp3 at their default bitrates are understood about as well as the WAV they are
     * made from.
     */
    @Test
    void pocketsphinxUnderstandsEveryFormatAndCompressionCostsNothing() throws Exception {
        ExternalTool.require("pocketsphinx_continuous", "pocketsphinx pocketsphinx-en-us");
        ExternalTool.require("ffmpeg", "ffmpeg");
        Map<String, double[]> errors = new TreeMap<>(); // per format: errors, words
        for (String story : List.of("the-long-walk", "seven-paragraphs", "numbers-and-markup")) {
            CommandRun run = CommandRun.of(STORIES.resolve(story + ".txt").toString(), "-o", out.toString(), "-q",
                    "--format", "wav,m4b,mp3");
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            int words = Files.readString(STORIES.resolve(story + ".spoken")).strip().split("\\s+").length;
            for (String format : List.of("wav", "m4b", "mp3")) {
                Path audio = out.resolve(story + "." + format);
                if (!format.equals("wav")) {
                    Path decoded = out.resolve(story + "-" + format + ".wav");
                    ExternalTool.Result decoding = ExternalTool.run("ffmpeg", "-nostdin", "-v", "error", "-i",
                            audio.toString(), "-ac", "1", "-ar", "16000", decoded.toString());
                    assertThat(decoding.exitCode()).as(decoding.stderr()).isZero();
                    audio = decoded;
                }
                double wer = assertUnderstood(story, format, audio);
                double[] sum = errors.computeIfAbsent(format, f -> new double[2]);
                sum[0] += wer * words;
                sum[1] += words;
            }
        }
        double wav = errors.get("wav")[0] / errors.get("wav")[1];
        for (String format : List.of("m4b", "mp3")) {
            double compressed = errors.get(format)[0] / errors.get(format)[1];
            System.out.printf("pocketsphinx word error rate over the stories: WAV %.3f, %s %.3f%n", wav, format,
                    compressed);
            assertThat(compressed).as("%s word error rate against the WAV's %.3f", format, wav)
                    .isLessThanOrEqualTo(wav + MAX_RISE_OVER_WAV);
        }
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
