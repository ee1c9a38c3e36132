package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.EbookProducers;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.FfprobeChapters;
import dev.audiobook.testing.WavFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Books made with Flite and with espeak-ng, the engines beside FreeTTS, run for real. */
class OtherEnginesCommandTest {
    @TempDir
    Path dir;

    /** Number words the tool's English rules would have put in the text. */
    private static final Pattern ENGLISH_NUMBERS = Pattern.compile(
            "(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|"
                    + "forty|fifty|eighty|hundred|thousand|seventeen|eighty-nine|first|second|half|past|July|o'clock)\\b");

    private static JsonObject plan(Path book, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(book.toString(), "-o", out.toString(), "--dry-run",
                "--json", "--show-text"));
        args.addAll(List.of(more));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        return JsonParser.parseString(run.stdout()).getAsJsonObject();
    }

    private static String spoken(JsonObject plan) {
        StringBuilder text = new StringBuilder();
        plan.getAsJsonArray("volumes").forEach(v -> v.getAsJsonObject().getAsJsonArray("tracks").forEach(
                t -> t.getAsJsonObject().getAsJsonArray("spoken").forEach(s -> text.append(s.getAsString()).append('\n'))));
        return text.toString();
    }

    @Test
    void theRmsProfileMakesTheBookWithFliteTheSameWithOneWorkerOrTwo() throws Exception {
        ExternalTool.require("flite", "flite");
        ExternalTool.require("ffprobe", "ffmpeg");
        Path story = Files.writeString(dir.resolve("story.txt"), """
                Chapter 1

                The lamps were lit one by one along the harbour wall.

                The boats came in at seven.

                Chapter 2

                By morning the town was quiet again.
                """);

        assertThat(plan(story, dir.resolve("plan"), "--voice", "rms").get("voice").getAsString()).isEqualTo("Flite rms");
        CommandRun one = CommandRun.of(story.toString(), "-o", dir.resolve("one").toString(), "--voice", "rms", "-j", "1",
                "--no-cache");
        CommandRun two = CommandRun.of(story.toString(), "-o", dir.resolve("two").toString(), "--voice", "rms", "-j", "2",
                "--no-cache");

        assertThat(one.exitCode()).as(one.stderr()).isZero();
        assertThat(two.exitCode()).as(two.stderr()).isZero();
        WavFile wav = WavFile.read(dir.resolve("one/story.wav"));
        assertThat(wav.sampleRate()).isEqualTo(16000);
        assertThat(wav.durationSeconds()).isGreaterThan(5);
        assertThat(FfprobeChapters.read(dir.resolve("one/story.wav"))).extracting(FfprobeChapters.Chapter::title)
                .containsExactly("Chapter 1", "Chapter 2");
        assertThat(Files.readAllBytes(dir.resolve("two/story.wav"))).isEqualTo(Files.readAllBytes(dir.resolve("one/story.wav")));
    }

    @Test
    void frenchAndGermanBooksAreReadByEspeakNgVoicesOfTheirLanguageWithTheirOwnNumbers() throws Exception {
        ExternalTool.require("espeak-ng", "espeak-ng");
        String french = """
                ---
                title: Le Voyage
                author: Jean Dupont
                lang: fr-FR
                ---

                # Chapitre premier

                Le 14 juillet 1789, il avait 42 ans et 3 enfants. Il marcha pendant 12 kilomètres.

                # Chapitre deux

                M. Martin arriva à 8 h 30. Il paya 15,50 euros, soit 1/2 de sa fortune.
                """;
        String german = """
                ---
                title: Die Reise
                author: Hans Müller
                lang: de
                ---

                # Erstes Kapitel

                Am 14. Juli 1789 war er 42 Jahre alt und hatte 3 Kinder. Er lief 12 Kilometer.

                # Zweites Kapitel

                Herr Martin kam um 8:30 Uhr an. Er zahlte 15,50 Euro, also 1/2 seines Geldes.
                """;
        for (String[] book : new String[][] {{french, "fr", "espeak-ng fr-fr"}, {german, "de", "espeak-ng de"}}) {
            Path epub = EbookProducers.PANDOC_EPUB3.make(book[0], dir, book[1]);
            JsonObject plan = plan(epub, dir.resolve("plan-" + book[1]));
            String spoken = spoken(plan);

            assertThat(plan.get("voice").getAsString()).isEqualTo(book[2]);
            assertThat(spoken).contains("1789", "42", "15,50").doesNotContainPattern(ENGLISH_NUMBERS)
                    .doesNotContain("by ");
            CommandRun one = CommandRun.of(epub.toString(), "-o", dir.resolve(book[1] + "1").toString(), "-j", "1");
            CommandRun two = CommandRun.of(epub.toString(), "-o", dir.resolve(book[1] + "2").toString(), "-j", "2");
            assertThat(one.exitCode()).as(one.stderr()).isZero();
            assertThat(two.exitCode()).as(two.stderr()).isZero();
            Path wav = dir.resolve(book[1] + "1/" + book[1] + ".wav");
            assertThat(WavFile.read(wav).sampleRate()).isEqualTo(22050);
            assertThat(WavFile.read(wav).chapterTitles()).hasSize(2);
            assertThat(Files.readAllBytes(dir.resolve(book[1] + "2/" + book[1] + ".wav"))).isEqualTo(Files.readAllBytes(wav));
        }
        if (ExternalTool.isOnPath("ffprobe")) {
            // The m4b's audio track is marked with the language it is spoken in, which players show.
            Path epub = dir.resolve("fr.epub");
            CommandRun m4b = CommandRun.of(epub.toString(), "-o", dir.resolve("fr1").toString(), "--format", "m4b");
            assertThat(m4b.exitCode()).as(m4b.stderr()).isZero();
            assertThat(ExternalTool.run("ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries",
                    "stream_tags=language", "-of", "csv=p=0", dir.resolve("fr1/fr.m4b").toString()).stdout().strip())
                    .isEqualTo("fra");
        }
    }

    @Test
    void theLanguageOptionKeepsTheProfilesVoiceOrChoosesAnother() throws Exception {
        ExternalTool.require("espeak-ng", "espeak-ng");
        Path story = Files.writeString(dir.resolve("story.txt"), "Chapter 1\n\nThe boats came in at 7.");

        assertThat(plan(story, dir.resolve("a")).get("voice").getAsString()).isEqualTo("FreeTTS kevin16");
        JsonObject italian = plan(story, dir.resolve("b"), "--language", "it");
        assertThat(italian.get("voice").getAsString()).isEqualTo("espeak-ng it");
        assertThat(spoken(italian)).contains("at 7").doesNotContain("seven");
        CommandRun bad = CommandRun.of(story.toString(), "-o", dir.resolve("c").toString(), "--language", "x!");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).startsWith("--language: 'x!' is not a language code");
    }
}
