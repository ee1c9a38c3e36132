package dev.audiobook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Word and OpenDocument files made by the programs people make them with: pandoc from a Markdown story
 * (title block, chapters, a list, a table, a footnote), and LibreOffice from a web page of another (its h1
 * to h6 become Heading 1 to 6). Each is made once per test class: LibreOffice takes seconds to start, so
 * all its pages are converted in one run.
 */
public final class OfficeProducers {
    /** The chapters of {@link #STORY}, as a plan's tracks name them. */
    public static final List<String> STORY_CHAPTERS = List.of("Chapter One: The Harbour", "Chapter Two: The Storm",
            "Chapter Three: The Ship", "Chapter Four: The Morning");

    public static final String STORY = """
            ---
            title: The Lantern Keeper
            author: Mara Quill
            lang: en-GB
            ---

            # Chapter One: The Harbour

            The keeper climbed the stairs every evening.[^1] The lamp was heavy and the oil smelled of fish.
            He counted the steps as his father had counted them, one hundred and twelve, and never more.

            He carried what he always carried:

            - a coil of rope
            - a tin of oil
            - a book of tide tables

            # Chapter Two: The Storm

            The storm came at night. The wind turned through the hours as the log recorded it:

            | Hour | Wind |
            |------|------|
            | Nine | North |
            | Ten  | East |

            The glass of the lantern rattled in its frame, and the keeper did not sleep.

            # Chapter Three: The Ship

            At midnight a ship came round the point with her sails torn. The keeper trimmed the wick.

            1. first the mast
            2. then the sails

            The ship was saved, and her captain rowed ashore in the morning to say so.

            # Chapter Four: The Morning

            The sea lay flat and grey. The keeper slept until noon, and nobody woke him.

            [^1]: A footnote that is not read aloud.
            """;

    /** The chapters of {@link #PAGE}: its h1 headings; the h2 inside the second are sections of it. */
    public static final List<String> PAGE_CHAPTERS = List.of("The Orchard", "The Frost", "The Harvest");

    public static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Apples in Winter</title>
            <meta name="author" content="Tom Reed"></head>
            <body>
            <h1>The Orchard</h1>
            <p>The orchard stood on the slope behind the farm, forty trees in five rows, and every one of them
            had a name the children gave it.</p>
            <ul><li>the old russet</li><li>the crooked pippin</li></ul>
            <h1>The Frost</h1>
            <p>The frost came early that year and the farmer walked the rows at dawn.</p>
            <h2>The First Night</h2>
            <p>He lit fires of straw between the trees and sat up with them until the sky was pale.</p>
            <h2>The Second Night</h2>
            <p>The second night was colder, and his daughter sat up with him.</p>
            <table><tr><td>Night</td><td>Fires</td></tr><tr><td>First</td><td>Twelve</td></tr></table>
            <h1>The Harvest</h1>
            <p>They picked in October and the cellar was full by the first snow.</p>
            </body></html>
            """;

    private OfficeProducers() {}

    /** pandoc's document of {@link #STORY} in this format (docx, odt), or null when pandoc is missing. */
    public static Path pandoc(Path dir, String format) throws Exception {
        if (!ExternalTool.isOnPath("pandoc")) {
            return null;
        }
        Path source = dir.resolve("story.md");
        Files.writeString(source, STORY);
        Path made = dir.resolve("pandoc-story." + format);
        run(List.of("pandoc", source.toString(), "-o", made.toString()));
        return made;
    }

    /**
     * LibreOffice's documents of these web pages in this format (docx, odt), in one run; null when
     * LibreOffice is missing.
     *
     * @param pages each page's file name and its HTML
     */
    public static List<Path> libreOffice(Path dir, String format, List<String> names, List<String> pages)
            throws Exception {
        if (!ExternalTool.isOnPath("soffice")) {
            return null;
        }
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", format.equals("docx") ? "docx:MS Word 2007 XML" : format,
                "--outdir", dir.toString()));
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Path page = dir.resolve(names.get(i) + ".html");
            Files.writeString(page, pages.get(i));
            command.add(page.toString());
            made.add(dir.resolve(names.get(i) + "." + format));
        }
        run(command);
        return made;
    }

    private static void run(List<String> command) throws Exception {
        ExternalTool.Result result = ExternalTool.run(command);
        assertThat(result.exitCode()).as(String.join(" ", command) + "\n" + result.stderr()).isZero();
    }
}
