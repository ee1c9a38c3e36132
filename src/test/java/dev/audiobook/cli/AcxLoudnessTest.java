package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.audio.Loudness;
import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.WavFile;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the sample meets ACX's audio rules, as sox and ffmpeg's ebur128 measure them: RMS -23 to
 * -18 dBFS, peaks at most -3 dBFS (true peak too), 0.5 to 1 s of silence at the start and 1 to 5 s at the
 * end.
 */
class AcxLoudnessTest {
    private static final Path SAMPLE = Path.of("input/the-long-walk.txt");

    @TempDir
    static Path out;

    @BeforeAll
    static void theSampleInEveryFormat() {
        ExternalTool.require("ffmpeg", "ffmpeg");
        CommandRun run = CommandRun.of(SAMPLE.toString(), "-o", out.toString(), "-q", "--format", "wav,m4b,mp3");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wav", "m4b", "mp3"})
    void soxFindsTheRmsAndPeakInsideAcxsRange(String format) throws Exception {
        ExternalTool.require("sox", "sox");
        Path wav = decoded(format);
        SoxStats stats = SoxStats.of(wav);
        double peak = stats.peak();
        double rms = stats.rms();
        System.out.printf("sox stats of the sample's %s: peak %.2f dBFS, RMS %.2f dBFS%n", format, peak, rms);
        assertThat(peak).isLessThanOrEqualTo(-3.0);
        assertThat(rms).isBetween(-23.0, -18.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wav", "m4b", "mp3"})
    void ebur128FindsTheTruePeakUnderMinusThree(String format) throws Exception {
        Path media = out.resolve("the-long-walk." + format);
        ExternalTool.Result loudness = ExternalTool.run("ffmpeg", "-nostdin", "-hide_banner", "-i", media.toString(),
                "-af", "ebur128=peak=true", "-f", "null", "-");
        assertThat(loudness.exitCode()).as(loudness.stderr()).isZero();

        String summary = loudness.stderr().substring(loudness.stderr().lastIndexOf("Summary:"));
        double integrated = figure(summary, "I:\\s+(\\S+) LUFS");
        double truePeak = figure(summary, "Peak:\\s+(\\S+) dBFS");
        System.out.printf("ebur128 of the sample's %s: %.1f LUFS, true peak %.1f dBFS%n", format, integrated, truePeak);
        assertThat(truePeak).isLessThanOrEqualTo(-3.0);
        assertThat(integrated).isBetween(-24.0, -18.0);
    }

    @Test
    void theBookStartsAndEndsInSilenceAsAcxAsks() throws Exception {
        Path wav = out.resolve("the-long-walk.wav");
        short[] samples = WavFile.read(wav).samples(wav);
        int first = 0;
        while (Math.abs(samples[first]) < Loudness.SILENCE) {
            first++;
        }
        int last = samples.length - 1;
        while (Math.abs(samples[last]) < Loudness.SILENCE) {
            last--;
        }

        assertThat(first / 16000.0).isBetween(0.5, 1.0);
        assertThat((samples.length - 1 - last) / 16000.0).isBetween(1.0, 5.0);
    }

    @Test
    void thePodcastTargetIsLouderAndStillNeverClips() throws Exception {
        ExternalTool.require("sox", "sox");
        Path podcast = out.resolve("podcast");
        CommandRun run = CommandRun.of(SAMPLE.toString(), "-o", podcast.toString(), "-q", "--loudness", "podcast");
        assertThat(run.exitCode()).as(run.stderr()).isZero();

        SoxStats stats = SoxStats.of(podcast.resolve("the-long-walk.wav"));
        assertThat(stats.peak()).isBetween(-3.0, -1.0);
        assertThat(stats.rms()).isBetween(-19.5, -16.0);
    }

    @Test
    void anUnknownTargetIsAUsageError() {
        CommandRun run = CommandRun.of(SAMPLE.toString(), "--loudness", "max", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("--loudness: 'max' is not a target; use acx or podcast\n");
    }

    /** What {@code sox stats} says of a WAV: its peak and RMS levels, in dBFS. */
    private record SoxStats(double peak, double rms) {
        static SoxStats of(Path wav) throws Exception {
            ExternalTool.Result stats = ExternalTool.run("sox", wav.toString(), "-n", "stats");
            assertThat(stats.exitCode()).as(stats.stderr()).isZero();
            return new SoxStats(figure(stats.stderr(), "Pk lev dB\\s+(\\S+)"), figure(stats.stderr(), "RMS lev dB\\s+(\\S+)"));
        }
    }

    /** The file as 16-bit PCM, decoded by ffmpeg when it is compressed. */
    private static Path decoded(String format) throws Exception {
        Path media = out.resolve("the-long-walk." + format);
        if (format.equals("wav")) {
            return media;
        }
        Path wav = out.resolve("decoded-" + format + ".wav");
        ExternalTool.Result decoding = ExternalTool.run("ffmpeg", "-nostdin", "-y", "-v", "error", "-i",
                media.toString(), wav.toString());
        assertThat(decoding.exitCode()).as(decoding.stderr()).isZero();
        return wav;
    }

    private static double figure(String report, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(report);
        assertThat(m.find()).as("%s in%n%s", pattern, report).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
