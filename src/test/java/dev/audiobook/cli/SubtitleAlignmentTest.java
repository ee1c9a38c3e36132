package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.WavFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sentence subtitles line up with the speech in the WAV: FreeTTS's real audio, read back from the file's
 * bytes, its speech found by the energy of 10 ms windows, apart from anything the tool measures itself.
 */
class SubtitleAlignmentTest {
    /** A heading and four paragraphs of ten sentences, short and long, with abbreviations, a question, a shout. */
    private static final String BOOK = """
            The Harbour

            Mr. Smith rowed out at dawn. The sea was flat and grey, and the gulls sat on the water as if they had \
            been painted there.

            Was it going to rain? Nobody could say. He pulled on the oars until the harbour wall was a thin line \
            behind him, e.g. a pencil mark on the sky.

            Stop! The net was caught. It took him an hour to free it, and by then the wind had turned.

            He came home at noon. His wife said nothing.
            """;
    private static final int SENTENCES = 10;
    private static final double WINDOW_SECONDS = 0.010;
    /** A 10 ms window this loud (RMS, about -44 dBFS) or louder holds speech; the voice is levelled to -20. */
    private static final double SPEECH_RMS = 200;
    /** How far before a cue and after it speech is looked for: less than the pause between two sentences. */
    private static final double SEARCH_SECONDS = 0.120;
    private static final double TOLERANCE_SECONDS = 0.050;
    private static final Pattern CUE = Pattern.compile(
            "(\\d\\d):(\\d\\d):(\\d\\d)[.,](\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)[.,](\\d{3})\\n((?:.+\\n)+)");

    @TempDir
    static Path dir;

    private static Path out;
    private static CommandRun sentences;
    private static String sentenceVtt;
    private static String sentenceSrt;
    private static byte[] wavBytes;
    private static CommandRun paragraphs;

    @BeforeAll
    static void makeTheBookTwice() throws Exception {
        Path book = Files.writeString(dir.resolve("harbour.txt"), BOOK);
        out = dir.resolve("out");
        sentences = CommandRun.of(book.toString(), "-o", out.toString(), "-j", "2");
        sentenceVtt = Files.readString(out.resolve("harbour.vtt"));
        sentenceSrt = Files.readString(out.resolve("harbour.srt"));
        wavBytes = Files.readAllBytes(out.resolve("harbour.wav"));
        paragraphs = CommandRun.of(book.toString(), "-o", out.toString(), "-j", "2", "--subtitles", "paragraphs");
    }

    record Cue(double start, double end, String text) {}

    @Test
    void eachSentenceCueStartsAndEndsWithinFiftyMillisecondsOfItsSpeech() throws Exception {
        assertThat(sentences.exitCode()).as(sentences.stderr()).isZero();
        List<Cue> cues = cues(sentenceVtt);
        assertThat(cues).hasSize(SENTENCES + 1);
        assertThat(cues.get(0).text()).isEqualTo("The Harbour");
        assertThat(cues.get(1).text()).isEqualTo("Mr. Smith rowed out at dawn.");
        Path wav = dir.resolve("sentences.wav");
        Files.write(wav, wavBytes);
        double[] energy = windowRms(wav);

        double worst = 0;
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            double from = Math.max(cue.start() - SEARCH_SECONDS, i == 0 ? 0 : cues.get(i - 1).end());
            double to = Math.min(cue.end() + SEARCH_SECONDS, i + 1 < cues.size() ? cues.get(i + 1).start() : 1e9);
            int first = window(from);
            while (first < energy.length && energy[first] < SPEECH_RMS) {
                first++;
            }
            int last = Math.min(window(to), energy.length - 1);
            while (last > first && energy[last] < SPEECH_RMS) {
                last--;
            }
            double onset = first * WINDOW_SECONDS;
            double offset = (last + 1) * WINDOW_SECONDS;
            assertThat(onset).as("speech onset of cue %d, %s", i + 1, cue).isCloseTo(cue.start(),
                    org.assertj.core.api.Assertions.within(TOLERANCE_SECONDS));
            assertThat(offset).as("speech offset of cue %d, %s", i + 1, cue).isCloseTo(cue.end(),
                    org.assertj.core.api.Assertions.within(TOLERANCE_SECONDS));
            worst = Math.max(worst, Math.max(Math.abs(onset - cue.start()), Math.abs(offset - cue.end())));
        }
        System.out.printf("subtitle alignment: worst offset %.0f ms over %d cues%n", worst * 1000, cues.size());
    }

    @Test
    void betweenTheSentencesOfAParagraphThereIsSilence() throws Exception {
        assertThat(paragraphs.exitCode()).as(paragraphs.stderr()).isZero();
        List<Cue> sentenceCues = cues(sentenceVtt);
        List<Cue> paragraphCues = cues(Files.readString(out.resolve("harbour.vtt")));
        assertThat(paragraphCues).extracting(Cue::text).containsExactly("The Harbour",
                "Mr. Smith rowed out at dawn. The sea was flat and grey, and the gulls sat on the water as if they had "
                        + "been painted there.",
                "Was it going to rain? Nobody could say. He pulled on the oars until the harbour wall was a thin line "
                        + "behind him, e.g. a pencil mark on the sky.",
                "Stop! The net was caught. It took him an hour to free it, and by then the wind had turned.",
                "He came home at noon. His wife said nothing.");
        Path wav = dir.resolve("sentences.wav");
        Files.write(wav, wavBytes);
        short[] samples = WavFile.read(wav).samples(wav);
        double[] energy = windowRms(wav);
        int pairs = 0;
        for (int i = 0; i + 1 < sentenceCues.size(); i++) {
            Cue one = sentenceCues.get(i);
            Cue next = sentenceCues.get(i + 1);
            if (paragraphOf(one, paragraphCues) != paragraphOf(next, paragraphCues)) {
                continue;
            }
            pairs++;
            // No window between them holds speech, and the pause between sentences is there, sample for sample.
            for (int w = (int) Math.ceil(one.end() / WINDOW_SECONDS); w < window(next.start()); w++) {
                assertThat(energy[w]).as("window at %.2f s between %s and %s", w * WINDOW_SECONDS, one, next)
                        .isLessThan(SPEECH_RMS);
            }
            int zeros = 0;
            int longest = 0;
            for (int s = (int) Math.ceil(one.end() * 16000); s < (int) (next.start() * 16000); s++) {
                zeros = samples[s] == 0 ? zeros + 1 : 0;
                longest = Math.max(longest, zeros);
            }
            assertThat(longest / 16000.0).as("silence between %s and %s", one, next).isGreaterThan(0.15);
        }
        assertThat(pairs).isEqualTo(SENTENCES - 4);
    }

    @Test
    void paragraphCuesSpanTheirSentencesAndChangingThemLeavesTheAudioAsItWas() throws Exception {
        List<Cue> sentenceCues = cues(sentenceVtt);
        List<Cue> paragraphCues = cues(Files.readString(out.resolve("harbour.srt")));
        assertThat(cues(Files.readString(out.resolve("harbour.vtt")))).isEqualTo(paragraphCues);
        assertThat(cues(sentenceSrt)).isEqualTo(sentenceCues);
        assertThat(paragraphCues.get(1).start()).isEqualTo(sentenceCues.get(1).start());
        assertThat(paragraphCues.get(1).end()).isEqualTo(sentenceCues.get(2).end());
        assertThat(paragraphCues.get(4).end()).isEqualTo(sentenceCues.get(SENTENCES).end());
        assertThat(Files.readAllBytes(out.resolve("harbour.wav"))).isEqualTo(wavBytes);
        assertThat(paragraphs.stderr()).contains("(0 synthesized");

    }

    @Test
    void theSentenceTimingsAreKeptAsJsonWithTheRecords() throws Exception {
        JsonObject timings = JsonParser.parseString(Files.readString(
                out.resolve(".cache/finished/harbour.wav.sentences.json"))).getAsJsonObject();
        assertThat(timings.get("audio").getAsString()).isEqualTo("harbour.wav");
        List<Cue> kept = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (JsonElement chapter : timings.getAsJsonArray("chapters")) {
            titles.add(chapter.getAsJsonObject().get("title").getAsString());
            for (JsonElement sentence : chapter.getAsJsonObject().getAsJsonArray("sentences")) {
                JsonObject s = sentence.getAsJsonObject();
                kept.add(new Cue(s.get("start").getAsDouble(), s.get("end").getAsDouble(),
                        s.get("text").getAsString()));
            }
        }
        // The WAV's chapters, and in them the heading and the ten sentences with the times and the text (on one
        // line) of the subtitles.
        Path wav = dir.resolve("timings.wav");
        Files.write(wav, wavBytes);
        assertThat(titles).isEqualTo(WavFile.read(wav).chapterTitles());
        List<Cue> cues = cues(sentenceVtt);
        assertThat(kept).hasSize(SENTENCES + 1).hasSameSizeAs(cues);
        for (int i = 0; i < cues.size(); i++) {
            assertThat(kept.get(i).start()).isEqualTo(cues.get(i).start());
            assertThat(kept.get(i).end()).isEqualTo(cues.get(i).end());
            assertThat(kept.get(i).text()).isEqualTo(cues.get(i).text().replace('\n', ' '));
        }
    }

    @Test
    void wordCuesAreRefusedInOneLine() {
        CommandRun words = CommandRun.of(dir.resolve("harbour.txt").toString(), "-o", dir.resolve("words").toString(),
                "--subtitles", "words");
        assertThat(words.exitCode()).isEqualTo(2);
        assertThat(words.stderr()).contains("--subtitles: 'words' is not a kind of cue; use sentences or paragraphs");
        assertThat(Files.exists(dir.resolve("words"))).isFalse();
    }

    private static int paragraphOf(Cue sentence, List<Cue> paragraphs) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (sentence.start() >= paragraphs.get(p).start() && sentence.end() <= paragraphs.get(p).end()) {
                return p;
            }
        }
        throw new AssertionError("no paragraph holds " + sentence);
    }

    /** Each 10 ms window's RMS, in 16-bit units. */
    private static double[] windowRms(Path wav) throws Exception {
        WavFile file = WavFile.read(wav);
        assertThat(file.sampleRate()).isEqualTo(16000);
        short[] samples = file.samples(wav);
        int size = (int) (file.sampleRate() * WINDOW_SECONDS);
        double[] rms = new double[samples.length / size];
        for (int w = 0; w < rms.length; w++) {
            double sum = 0;
            for (int s = w * size; s < (w + 1) * size; s++) {
                sum += (double) samples[s] * samples[s];
            }
            rms[w] = Math.sqrt(sum / size);
        }
        return rms;
    }

    private static int window(double seconds) {
        return (int) Math.floor(seconds / WINDOW_SECONDS);
    }

    /** The cues of SubRip or WebVTT, times in seconds, the text of each (its lines joined by "\n"). */
    static List<Cue> cues(String subtitles) {
        List<Cue> cues = new ArrayList<>();
        Matcher m = CUE.matcher(subtitles);
        while (m.find()) {
            cues.add(new Cue(seconds(m, 1), seconds(m, 5), m.group(9).strip()));
        }
        return cues;
    }

    private static double seconds(Matcher m, int group) {
        return (Integer.parseInt(m.group(group)) * 3_600_000 + Integer.parseInt(m.group(group + 1)) * 60_000
                + Integer.parseInt(m.group(group + 2)) * 1000 + Integer.parseInt(m.group(group + 3))) / 1000.0;
    }
}
