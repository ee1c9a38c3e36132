package dev.audiobook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.audiobook.UserError;
import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.ExternalTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class RtfReaderTest {
    @TempDir
    static Path dir;
    /** The story as pandoc writes RTF (outline-level headings, Unicode escapes); null without pandoc. */
    private static Path pandocRtf;
    /** As LibreOffice writes it from pandoc's ODT (Heading N styles, Unicode escapes with code-page fallbacks, a real footnote); null without it. */
    private static Path libreOfficeRtf;

    @BeforeAll
    static void makeTheStoryWithPandocAndLibreOffice() throws Exception {
        if (!ExternalTool.isOnPath("pandoc")) {
            return;
        }
        Path markdown = dir.resolve("story.md");
        Files.writeString(markdown, ProducedStory.MARKDOWN);
        pandocRtf = dir.resolve("story.rtf");
        run("pandoc", markdown.toString(), "-s", "-o", pandocRtf.toString());
        if (!ExternalTool.isOnPath("soffice")) {
            return;
        }
        Path odt = dir.resolve("office.odt");
        run("pandoc", markdown.toString(), "-s", "-o", odt.toString());
        Path out = Files.createDirectories(dir.resolve("lo"));
        // Its own profile, so that a LibreOffice the user has open does not take the conversion over.
        run("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
                "--convert-to", "rtf:Rich Text Format", "--outdir", out.toString(), odt.toString());
        libreOfficeRtf = out.resolve("office.rtf");
    }

    private static void run(String... command) throws Exception {
        ExternalTool.Result made = ExternalTool.run(command);
        assertThat(made.exitCode()).as(String.join(" ", command) + "\n" + made.stderr()).isZero();
    }

    private static final String STORY_WORDS[] = {"the “old ferry” ran twice a day. Nobody in the café spoke of it.",
        "She was naïve, they said — but she knew the water better than Ørsted knew his needles.", "The Vault",
        "Inside, the vault held nothing but letters — hundreds of them."};

    @Test
    void pandocsRtfGivesItsTextAndItsOutlineLevelsAsChapters() throws Exception {
        ExternalTool.require("pandoc", "pandoc");

        Document book = BookReader.read(pandocRtf, Optional.empty());

        // pandoc writes no \info: its title block is a centred first paragraph.
        assertThat(book.title()).contains("The Ferryman’s Daughter");
        assertThat(book.text()).contains(STORY_WORDS).doesNotContain("footnote");
        assertThat(book.headingOutline()).extracting(e -> e.title() + "@" + e.depth()).containsExactly(
                "Chapter One: The Ford@0", "Chapter Two: The Bank@0", "The Vault@1", "Chapter Three: The Crossing@0",
                "Chapter Four: Home@0");
        assertThat(CommandRun.plannedTrackTitles(pandocRtf, dir.resolve("out"))).isEqualTo(ProducedStory.TRACKS);
    }

    @Test
    void libreOfficesRtfGivesItsInfoTextAndHeadingStylesAsChapters() throws Exception {
        ExternalTool.require("pandoc", "pandoc");
        ExternalTool.require("soffice", "libreoffice-writer-nogui");

        Document book = BookReader.read(libreOfficeRtf, Optional.empty());

        assertThat(book.title()).contains("The Ferryman’s Daughter");
        assertThat(book.authors()).containsExactly("Ada Quill");
        assertThat(book.text()).contains(STORY_WORDS).doesNotContain("footnote", "PAGE");
        assertThat(CommandRun.plannedTrackTitles(libreOfficeRtf, dir.resolve("out"))).isEqualTo(ProducedStory.TRACKS);
    }

    private Path write(String name, String rtf) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, rtf.getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }

    /** What Word writes: a code page, fonts with their own charsets, a stylesheet, fields, hidden text. */
    @Test
    void codePagesFontCharsetsStylesFieldsAndDestinationsAreReadAsWordMeansThem() throws Exception {
        Path file = write("word.rtf", """
                {\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times;}{\\f1\\fswiss\\fcharset204 Arial Cyr;}}
                {\\stylesheet{\\s0 Normal;}{\\s1\\sbasedon0 heading 1;}{\\s2\\outlinelevel1 Sub;}{\\*\\cs10 Default Paragraph Font;}}
                {\\info{\\title The L\\'e9gende}{\\author Jo\\u235?l Marr}{\\operator Someone Else}{\\creatim\\yr2024}}
                {\\header {\\pard Running head\\par}}
                \\pard\\s1 Chapter 1\\line The Start\\par
                \\pard Caf\\'e9 \\ldblquote quoted\\rdblquote\\emdash and {\\f1 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2}.{\\v hidden words}\\par
                \\pard {\\field{\\*\\fldinst HYPERLINK "http://example.org"}{\\fldrslt shown link}} and {\\footnote a note}{\\*\\bkmkstart b}end.\\par
                \\pard\\s2 A Sub Part\\par
                \\trowd \\pard\\intbl Heading to Stave One\\par in colour\\cell \\pard\\intbl vi\\cell\\row
                \\pard\\qc \\emdash\\emdash\\emdash\\emdash\\par
                \\pard {\\cf1 [image: images/map.jpg]\\cf0}\\par
                \\pard {\\uc2\\u8212\\'97\\'97} and {\\*\\unknowndest junk} and {\\pict\\pngblip 89504e47}\\bin3 {}x done.\\par
                }""");

        Document book = BookReader.read(file, Optional.empty());

        assertThat(book.title()).contains("The Légende");
        assertThat(book.authors()).containsExactly("Joël Marr");
        assertThat(book.text()).contains("Chapter 1\nThe Start", "Café “quoted”—and Привет.", "shown link and end.",
                "Heading to Stave One in colour vi", "— and and done.")
                .doesNotContain("Running head", "hidden", "HYPERLINK", "a note", "junk", "89504", "Someone", "Times",
                        "Normal", "{", "}", "image", "\u2014\u2014");
        assertThat(book.headingOutline()).extracting(e -> e.title() + "@" + e.depth())
                .containsExactly("Chapter 1 The Start@0", "A Sub Part@1");
    }

    @Test
    void aFileCutShortIsReadUpToTheCut() throws Exception {
        Path file = write("cut.rtf", "{\\rtf1\\ansi {\\pard First paragraph.\\par}{\\pard Second para");

        assertThat(BookReader.read(file, Optional.empty()).text()).contains("First paragraph.", "Second para");
    }

    @Test
    @Timeout(10)
    void groupsNestedDeeperThanAnyDocumentsAreRefusedInOneLine() throws Exception {
        Path file = write("deep.rtf", "{\\rtf1 " + "{".repeat(100_000) + "x" + "}".repeat(100_000) + "}");

        assertThatThrownBy(() -> BookReader.read(file, Optional.empty())).isInstanceOf(UserError.class)
                .hasMessageContaining("nest more than 1000 deep").hasMessageNotContaining("\n");
        CommandRun run = CommandRun.of(file.toString(), "--dry-run", "-o", dir.resolve("out").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr().strip()).doesNotContain("\n", "Exception");
    }

    @Test
    void aNamedRtfThatIsNoRtfIsRefused() throws Exception {
        Path file = write("not.rtf", "plain words");

        // Read by its name as RTF: the parser refuses what does not open as RTF does.
        assertThatThrownBy(() -> RtfReader.read(file, "digest")).isInstanceOf(UserError.class)
                .hasMessageContaining("not an RTF document");
    }

    @Test
    @Timeout(20)
    void aMegabyteDocumentIsReadInLinearTime() throws Exception {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252 ");
        for (int n = 0; rtf.length() < 1 << 20; n++) {
            if (n % 40 == 0) {
                rtf.append("{\\pard\\outlinelevel0 Chapter ").append(n / 40 + 1).append("\\par}");
            }
            rtf.append("{\\pard Some words of a paragraph, caf\\u233? and more words, \\'93quoted\\'94.\\par}\n");
        }
        Path file = write("big.rtf", rtf.append('}').toString());

        long start = System.nanoTime();
        Document book = BookReader.read(file, Optional.empty());

        assertThat(book.text()).contains("café and more words, “quoted”.");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }
}
