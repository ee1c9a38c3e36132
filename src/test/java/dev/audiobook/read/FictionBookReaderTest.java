package dev.audiobook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.audiobook.UserError;
import dev.audiobook.book.BookDetails;
import dev.audiobook.book.Cover;
import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.EpubFiles;
import dev.audiobook.testing.ExternalTool;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FictionBookReaderTest {
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    @TempDir
    static Path dir;
    /** pandoc's FictionBook of the story, made once; null where pandoc is missing. */
    private static Path pandocFb2;

    @BeforeAll
    static void makeTheStoryWithPandoc() throws Exception {
        if (!ExternalTool.isOnPath("pandoc")) {
            return;
        }
        Path markdown = dir.resolve("story.md");
        Files.writeString(markdown, ProducedStory.MARKDOWN);
        pandocFb2 = dir.resolve("story.fb2");
        ExternalTool.Result made = ExternalTool.run("pandoc", markdown.toString(), "-s", "-o", pandocFb2.toString());
        assertThat(made.exitCode()).as(made.stderr()).isZero();
    }

    @Test
    void pandocsFictionBookGivesItsTitleAuthorTextAndChaptersWithoutItsFootnote() throws Exception {
        ExternalTool.require("pandoc", "pandoc");

        Document book = BookReader.read(pandocFb2, Optional.empty());

        assertThat(book.title()).contains("The Ferryman’s Daughter");
        assertThat(book.authors()).containsExactly("Ada Quill");
        assertThat(book.details().language()).contains("en");
        assertThat(book.text()).contains("the “old ferry” ran twice a day. Nobody in the café spoke of it.",
                "She was naïve, they said — but she knew the water better than Ørsted knew his needles.",
                "Chapter Two: The Bank", "The Vault")
                .doesNotContain("footnote", "[1]");
        assertThat(CommandRun.plannedTrackTitles(pandocFb2, dir.resolve("out"))).isEqualTo(ProducedStory.TRACKS);
    }

    /** A FictionBook as Russian producers write one: windows-1251, nested sections, notes, a cover. */
    static String handWritten(String coverBase64) {
        return """
                <?xml version="1.0" encoding="windows-1251"?>
                <FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">
                <description><title-info>
                  <genre>prose_contemporary</genre>
                  <author><first-name>Анна</first-name><middle-name>Петровна</middle-name><last-name>Лесная</last-name></author>
                  <author><nickname>Лодочник</nickname></author>
                  <book-title>Тихая река</book-title>
                  <annotation><p>Повесть о реке и пароме.</p></annotation>
                  <date value="2019-05-01">2019</date>
                  <coverpage><image l:href="#cover.png"/></coverpage>
                  <lang>ru</lang>
                  <sequence name="Речные истории" number="2"/>
                </title-info></description>
                <body>
                  <title><p>Тихая река</p></title>
                  <epigraph><p>Вода помнит всё.</p><text-author>Старая пословица</text-author></epigraph>
                  <section><title><p>Часть первая</p><p>У реки</p></title>
                    <section><title><p>Глава 1</p><p>Паром</p></title>
                      <p>Паром ходил через реку дважды в день, и никто в деревне не помнил, когда он появился.<a l:href="#n1" type="note">[1]</a></p>
                      <empty-line/>
                      <poem><stanza><v>Течёт вода, течёт вода,</v><v>и не вернётся никогда.</v></stanza></poem>
                      <p>Старик перевозчик молчал и смотрел на воду.</p>
                    </section>
                    <section><title><p>Глава 2</p><p>Мост</p></title>
                      <subtitle>Вечер</subtitle>
                      <p>Мост построили только через много лет, когда <emphasis>старика</emphasis> уже не было.</p>
                      <cite><p>Кто строит мосты, тот не боится воды.</p></cite>
                    </section>
                  </section>
                  <section><title><p>Часть вторая</p><p>Город</p></title>
                    <section><title><p>Глава 3</p><p>Огни</p></title>
                      <p>В городе огни горели всю ночь, и дочь перевозчика долго не могла уснуть.</p>
                    </section>
                  </section>
                </body>
                <body name="notes">
                  <title><p>Примечания</p></title>
                  <section id="n1"><title><p>1</p></title><p>Сноска, которую не читают вслух.</p></section>
                </body>
                <binary id="cover.png" content-type="image/png">%s</binary>
                </FictionBook>
                """.formatted(coverBase64);
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private Path write(String name, String xml, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, xml.getBytes(charset));
        return file;
    }

    @Test
    void aWindows1251BookWithNestedSectionsNotesAndACoverIsReadWhole() throws Exception {
        Path file = write("river.fb2", handWritten(Base64.getMimeEncoder().encodeToString(PNG)), WINDOWS_1251);

        Document book = BookReader.read(file, Optional.empty());

        assertThat(book.charset()).isEqualTo(WINDOWS_1251);
        assertThat(book.title()).contains("Тихая река");
        assertThat(book.authors()).containsExactly("Анна Петровна Лесная", "Лодочник");
        assertThat(book.details().authorSort()).contains("Лесная, Анна Петровна");
        assertThat(book.details().language()).contains("ru");
        assertThat(book.details().date()).contains("2019");
        assertThat(book.details().description()).contains("Повесть о реке и пароме.");
        assertThat(book.details().series()).contains(new BookDetails.Series("Речные истории", Optional.of("2")));
        assertThat(book.details().cover()).map(Cover::extension).contains("png");
        assertThat(book.details().cover().orElseThrow().bytes()).isEqualTo(PNG);
        assertThat(book.text())
                .contains("Вода помнит всё.", "Старая пословица", "Часть первая\nУ реки", "Глава 1\nПаром",
                        "никто в деревне не помнил, когда он появился.\n",
                        "Течёт вода, течёт вода,\nи не вернётся никогда.", "Вечер",
                        "когда старика уже не было.", "Кто строит мосты, тот не боится воды.")
                .doesNotContain("Сноска", "Примечания", "[1]", "Тихая река");
        // A section's title is a heading at the section's depth: parts over their chapters.
        assertThat(book.headingOutline()).extracting(e -> e.title() + "@" + e.depth()).containsExactly(
                "Часть первая У реки@0", "Глава 1 Паром@1", "Глава 2 Мост@1", "Часть вторая Город@0", "Глава 3 Огни@1");
    }

    @Test
    void aUtf8BookWithAByteOrderMarkIsRead() throws Exception {
        String xml = handWritten("").replace("windows-1251", "UTF-8");
        Path file = dir.resolve("bom.fb2");
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);

        Document book = BookReader.read(file, Optional.empty());

        assertThat(book.title()).contains("Тихая река");
        assertThat(book.text()).contains("Кто строит мосты, тот не боится воды.");
        assertThat(book.details().cover()).isEmpty();
    }

    @Test
    void aBrokenCoverIsLeftOutWithAWarning() throws Exception {
        Path file = write("broken.fb2", handWritten("iVBORw0KGgo=====!!"), WINDOWS_1251);

        Document book = BookReader.read(file, Optional.empty());

        assertThat(book.details().cover()).isEmpty();
        assertThat(book.warnings()).singleElement().asString().contains("cover.png");
        assertThat(book.text()).contains("Глава 3\nОгни");
    }

    @Test
    void aBookDeclaringEntitiesIsRefusedInOneLine() throws Exception {
        String laughs = handWritten("").replaceFirst("\\?>", "?>\n<!DOCTYPE FictionBook [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>");
        Path file = write("laughs.fb2", laughs, WINDOWS_1251);

        assertThatThrownBy(() -> BookReader.read(file, Optional.empty())).isInstanceOf(UserError.class)
                .hasMessageContaining("declares XML entities").hasMessageNotContaining("\n");
    }

    @Test
    @Timeout(20)
    void aHundredThousandNestedSectionsAreReadWithoutOverflowingTheStack() throws Exception {
        int depth = 100_000;
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><FictionBook><body>"
                + "<section>".repeat(depth) + "<cite><p>A quote.</p>".repeat(1_000) + "<p>Words of the deep.</p>"
                + "</cite>".repeat(1_000) + "</section>".repeat(depth) + "</body></FictionBook>";
        Path file = write("deep.fb2", xml, StandardCharsets.UTF_8);

        Document book = BookReader.read(file, Optional.empty());

        assertThat(book.text()).contains("A quote.", "Words of the deep.");
        CommandRun plan = CommandRun.of(file.toString(), "--dry-run", "-o", dir.resolve("out").toString());
        assertThat(plan.stderr()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aTruncatedBookIsReadUpToTheCut() throws Exception {
        String xml = handWritten("");
        Path file = write("cut.fb2", xml.substring(0, xml.indexOf("Мост построили") + 20), WINDOWS_1251);

        Document book = BookReader.read(file, Optional.empty());

        assertThat(book.text()).contains("Паром ходил через реку", "Мост построили");
    }

    @Test
    void aFileLargerThanAnyBookIsRefused() throws Exception {
        Path file = dir.resolve("huge.fb2");
        try (var out = Files.newOutputStream(file)) {
            out.write("<?xml version=\"1.0\"?><FictionBook><body><p>".getBytes(StandardCharsets.US_ASCII));
            byte[] words = "words ".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= FictionBookReader.MAX_FILE_BYTES; written += words.length) {
                out.write(words);
            }
        }

        assertThatThrownBy(() -> BookReader.read(file, Optional.empty())).isInstanceOf(UserError.class)
                .hasMessageContaining("larger than 64 MB");
    }

    @Test
    void moreTextThanAnyBookIsRefusedBeforeItIsParsed() throws Exception {
        Path file = dir.resolve("long.fb2");
        try (var out = Files.newOutputStream(file)) {
            out.write("<?xml version=\"1.0\"?><FictionBook><body><section>".getBytes(StandardCharsets.US_ASCII));
            byte[] paragraphs = "<p>Words of a long book.</p>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= 33L << 20; written += paragraphs.length) {
                out.write(paragraphs);
            }
        }

        assertThatThrownBy(() -> BookReader.read(file, Optional.empty())).isInstanceOf(UserError.class)
                .hasMessageContaining("more than 16 MB of text");
    }
}
