package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.CueSheetFile;
import dev.audiobook.testing.EpubBooks;
import dev.audiobook.testing.EpubFiles;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.FfprobeChapters;
import dev.audiobook.testing.WavFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** E-books made into audiobooks as a user makes them: the book's own chapters, tags and cover come through. */
class EbookTest {
    private static final List<String> LANTERN_CHAPTERS = List.of("Part One, Chapter 1: The Door",
            "Part One, Chapter 2: The Hill", "Part Two, Chapter 1: The River");
    /** The NCX says "I. The Tide": a numbered track is shown as every numbered track is. */
    private static final List<String> SALT_MARSH_CHAPTERS = List.of("I: The Tide", "II: The Heron", "III: The Storm");

    @TempDir
    Path dir;

    @Test
    void anEpub3BecomesAChapteredWavAndCueSheetTaggedFromItsPackage() throws Exception {
        Path epub = EpubBooks.epub3().write(dir.resolve("lantern.epub"));
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of(epub.toString(), "-o", out.toString(), "-q");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        WavFile wav = WavFile.read(out.resolve("lantern.wav"));
        assertThat(wav.chapterTitles()).isEqualTo(LANTERN_CHAPTERS);
        assertThat(wav.info()).containsEntry("INAM", "The Lantern Road").containsEntry("IART",
                "Mara Quill and Tom Reed");
        CueSheetFile cue = CueSheetFile.read(out.resolve("lantern.cue"));
        assertThat(cue.title()).isEqualTo("The Lantern Road");
        assertThat(cue.performer()).isEqualTo("Mara Quill and Tom Reed");
        assertThat(cue.tracks()).extracting(CueSheetFile.Track::title).isEqualTo(LANTERN_CHAPTERS);
        if (ExternalTool.isOnPath("cuebreakpoints")) {
            ExternalTool.Result breakpoints = ExternalTool.run("cuebreakpoints", out.resolve("lantern.cue").toString());
            assertThat(breakpoints.exitCode()).as(breakpoints.stderr()).isZero();
            assertThat(breakpoints.stdout().lines()).hasSize(LANTERN_CHAPTERS.size() - 1);
        }
        if (ExternalTool.isOnPath("ffprobe")) {
            assertThat(FfprobeChapters.read(out.resolve("lantern.wav"))).extracting(FfprobeChapters.Chapter::title)
                    .isEqualTo(LANTERN_CHAPTERS);
        }
    }

    @Test
    void anEpub3sM4bHasItsChaptersTagsAndCover() throws Exception {
        ExternalTool.require("ffmpeg", "ffmpeg");
        Path epub = EpubBooks.epub3().write(dir.resolve("lantern.epub"));
        Path out = dir.resolve("m4b");

        CommandRun run = CommandRun.of(epub.toString(), "-o", out.toString(), "-q", "--format", "m4b");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Path m4b = out.resolve("lantern.m4b");
        assertThat(FfprobeChapters.read(m4b)).extracting(FfprobeChapters.Chapter::title).isEqualTo(LANTERN_CHAPTERS);
        assertThat(probe(m4b, "format_tags")).contains("TAG:title=The Lantern Road",
                "TAG:artist=Mara Quill and Tom Reed", "TAG:album_artist=Mara Quill and Tom Reed",
                "TAG:date=1911-04-02", "TAG:genre=Audiobook", "TAG:description=Two travellers walk north.",
                "TAG:grouping=Roads of the North");
        assertThat(probe(m4b, "stream=codec_name,width:stream_disposition=attached_pic"))
                .contains("codec_name=mjpeg", "width=16", "DISPOSITION:attached_pic=1");
        assertThat(names(out)).containsExactly("lantern.m4b", "lantern.srt", "lantern.vtt");
    }

    @Test
    void theSeriesSortNameAndSubtitleReachMp3AndFlacTags() throws Exception {
        ExternalTool.require("ffmpeg", "ffmpeg");
        Path epub = EpubBooks.epub3().write(dir.resolve("lantern.epub"));
        Path out = dir.resolve("tagged");

        CommandRun run = CommandRun.of(epub.toString(), "-o", out.toString(), "-q", "--format", "mp3,flac");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        for (String made : List.of("lantern.mp3", "lantern.flac")) {
            assertThat(probe(out.resolve(made), "format_tags").toLowerCase(java.util.Locale.ROOT)).as(made)
                    .contains("tag:title=the lantern road", "tag:series=roads of the north", "tag:series-part=2",
                            "tag:artist-sort=quill, mara", "tag:subtitle=two walks north");
        }
    }

    @Test
    void anEpub2sNcxChaptersAndPngCoverReachItsM4b() throws Exception {
        ExternalTool.require("ffmpeg", "ffmpeg");
        Path epub = EpubBooks.epub2().write(dir.resolve("salt-marsh.epub"));
        Path out = dir.resolve("m4b");

        CommandRun run = CommandRun.of(epub.toString(), "-o", out.toString(), "-q", "--format", "m4b");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Path m4b = out.resolve("salt-marsh.m4b");
        List<FfprobeChapters.Chapter> chapters = FfprobeChapters.read(m4b);
        assertThat(chapters).extracting(FfprobeChapters.Chapter::title).isEqualTo(SALT_MARSH_CHAPTERS);
        assertThat(chapters.get(0).startSeconds()).isCloseTo(0, within(0.001));
        assertThat(probe(m4b, "format_tags")).contains("TAG:title=The Salt Marsh", "TAG:artist=Hannah Vale",
                "TAG:date=1898");
        assertThat(probe(m4b, "stream=codec_name:stream_disposition=attached_pic"))
                .contains("codec_name=png", "DISPOSITION:attached_pic=1");
    }

    @Test
    void aBookInAnotherLanguageIsReadByAVoiceOfThatLanguage() throws Exception {
        ExternalTool.require("espeak-ng", "espeak-ng");
        EpubFiles french = EpubBooks.epub2();
        String opf = french.text("OEBPS/content.opf").replace("<dc:language>en<", "<dc:language>fr<");
        Path epub = french.add("OEBPS/content.opf", opf).write(dir.resolve("marais.epub"));

        CommandRun run = CommandRun.of(epub.toString(), "--dry-run");
        CommandRun english = CommandRun.of(epub.toString(), "--dry-run", "--language", "en");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).contains("Voice: espeak-ng fr-fr (fr-fr)").contains("I: The Tide");
        assertThat(english.stdout()).contains("Voice: FreeTTS kevin16 (en-US)");
    }

    @Test
    void brokenAndHostileEpubsAreRefusedWithOneLineAndLeaveNothingBehind() throws Exception {
        Path notZip = dir.resolve("not-a-zip.epub");
        Files.writeString(notZip, "plain words\n");
        Path drm = EpubBooks.epub3().add("META-INF/rights.xml", "<rights/>").write(dir.resolve("drm.epub"));
        Path xxe = EpubBooks.epub3().add("OEBPS/text/ch1.xhtml", """
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>&x;</p></body></html>
                """).write(dir.resolve("xxe.epub"));
        Path out = dir.resolve("out");

        for (Path bad : List.of(notZip, drm, xxe)) {
            CommandRun run = CommandRun.of(bad.toString(), "-o", out.toString());

            assertThat(run.exitCode()).as(bad.toString()).isEqualTo(1);
            assertThat(run.stderr()).startsWith("audiobook: " + bad + ": ").doesNotContain("Exception", "\tat ");
            assertThat(run.stderr().lines()).hasSize(1);
            assertThat(names(out)).isEmpty();
        }
    }

    @Test
    void aPandocEpubGivesItsOwnChaptersWithoutItsFootnotes() throws Exception {
        ExternalTool.require("pandoc", "pandoc");
        Path markdown = dir.resolve("mill.md");
        Files.writeString(markdown, """
                ---
                title: The Mill Pond
                author:
                - Ann Writer
                - Ben Scribe
                lang: en-GB
                date: 1902
                ---

                # Part One

                ## The Wheel

                The wheel turned all day.[^1]

                [^1]: Footnote wording about wheels.

                ## The Sluice

                The sluice was *shut*.

                # Part Two

                ## The Flood

                Water rose over the bank.
                """);
        Path epub = dir.resolve("mill.epub");
        ExternalTool.Result made = ExternalTool.run("pandoc", markdown.toString(), "-o", epub.toString());
        assertThat(made.exitCode()).as(made.stderr()).isZero();

        CommandRun plan = CommandRun.of(epub.toString(), "--dry-run", "--json");
        CommandRun text = CommandRun.of(epub.toString(), "--show-text");

        assertThat(plan.exitCode()).as(plan.stderr()).isZero();
        assertThat(plan.stdout()).contains("\"title\":\"The Mill Pond\"", "\"author\":\"Ann Writer and Ben Scribe\"")
                .containsSubsequence("\"title\":\"The Wheel\"", "\"title\":\"The Sluice\"", "\"title\":\"The Flood\"");
        // The titles do not repeat, so the parts are heard, not named in the tracks.
        assertThat(text.stdout()).containsSubsequence("Part One", "The Wheel", "The wheel turned all day.",
                "Part Two", "The Flood", "Water rose over the bank.").doesNotContain("Footnote wording");
    }

    private static String probe(Path media, String entries) throws Exception {
        ExternalTool.Result r = ExternalTool.run("ffprobe", "-v", "error", "-show_entries", entries,
                "-of", "default=noprint_wrappers=1", media.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return r.stdout();
    }

    private static List<String> names(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
