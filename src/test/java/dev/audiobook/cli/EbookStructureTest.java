package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.EbookProducers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes of e-books' contents, each made by every producer, planned at the level a listener skips
 * between: sections inside stories, chapters and poems are no tracks; parts are named in their tracks
 * where numbering starts again. Shapes that only the book's markup can tell apart are made by the
 * producer that keeps it.
 */
class EbookStructureTest {
    @TempDir
    Path dir;

    record Shape(String name, String markdown, List<String> tracks, boolean needsSemantics) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> shapesByProducer() {
        List<Arguments> cases = new ArrayList<>();
        for (Shape shape : shapes()) {
            for (EbookProducers producer : EbookProducers.values()) {
                if (producer != EbookProducers.PANDOC_HTML
                        && (!shape.needsSemantics() || producer.keepsStructuralSemantics())) {
                    cases.add(Arguments.of(shape, producer));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("shapesByProducer")
    void eachShapeIsPlannedAtTheListenersLevel(Shape shape, EbookProducers producer) throws Exception {
        Path epub = producer.make(shape.markdown(), dir, shape.name());

        CommandRun plan = CommandRun.of(epub.toString(), "--dry-run", "--json", "-o", dir.resolve("out").toString());

        assertThat(plan.exitCode()).as(plan.stderr()).isZero();
        assertThat(CommandRun.trackTitles(plan.stdout())).isEqualTo(shape.tracks());
    }

    /**
     * A web page says nothing of its structure but its headings' nesting, which the text's chapter finder
     * reads as the e-book's contents are read: a heading the nesting makes a track is trusted as a listed
     * title, and a heading inside one is a section of it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("webPageShapes")
    void aWebPagesNestedHeadingsChooseItsTracksAsAnEbooksContentsDo(Shape shape) throws Exception {
        Path page = EbookProducers.PANDOC_HTML.make(shape.markdown(), dir, shape.name());

        CommandRun plan = CommandRun.of(page.toString(), "--dry-run", "--json", "-o", dir.resolve("out").toString());

        assertThat(plan.exitCode()).as(plan.stderr()).isZero();
        assertThat(CommandRun.trackTitles(plan.stdout())).isEqualTo(shape.tracks());
    }

    /**
     * Every shape but two a web page cannot yet tell apart: a title page and a printed contents given
     * headings of their own (a bare "Contents" heading takes the next heading for its list), and notes
     * numbered again after parts whose numbers run on.
     */
    static Stream<Shape> webPageShapes() {
        Set<String> notYet = Set.of("a title page, credits and a printed contents as entries",
                "parts whose numbers run on, then notes numbered again");
        return shapes().stream().filter(shape -> !notYet.contains(shape.name()));
    }

    static List<Shape> shapes() {
        Prose prose = new Prose();
        return List.of(
                new Shape("books whose chapter numbers restart", title("The Ferry") + """
                        # Book the First: The River

                        ## I: The Ford

                        %s

                        ## II: The Bank

                        %s

                        # Book the Second: The Sea

                        ## I: The Tide

                        %s
                        """.formatted(prose.next(), prose.next(), prose.next()),
                        List.of("Book the First, Chapter I: The Ford", "Book the First, Chapter II: The Bank",
                                "Book the Second, Chapter I: The Tide"), false),
                new Shape("stories with numbered sections", title("Tales of the Mill") + """
                        # A Scandal at the Mill

                        ## I

                        %s

                        ## II

                        %s

                        ## III

                        %s

                        # The Red Lantern

                        %s

                        # The Blue Door

                        %s
                        """.formatted(prose.next(), prose.next(), prose.next(), prose.next(), prose.next()),
                        List.of("A Scandal at the Mill", "The Red Lantern", "The Blue Door"), false),
                new Shape("chapters with titled sections, one with no words before them", title("The Peace") + """
                        # I: Introductory

                        %s

                        # II: Europe Before

                        %s

                        ## I: Population

                        %s

                        ## II: Organization

                        %s

                        # III: Reparation

                        ## I: Undertakings

                        %s

                        ## II: Counterproposals

                        %s

                        # IV: Remedies

                        %s
                        """.formatted(prose.next(), prose.next(), prose.next(), prose.next(), prose.next(),
                        prose.next(), prose.next()),
                        List.of("I: Introductory", "II: Europe Before", "III: Reparation", "IV: Remedies"), false),
                new Shape("poems in parts and a group of early poems", title("Poems") + """
                        # The Gull

                        %s

                        # Preludes

                        ## I

                        %s

                        ## II

                        %s

                        # The Harbour

                        %s

                        # The Waste Field

                        ## I: The Burial

                        %s

                        ## II: The Game

                        %s

                        # The Heron

                        %s

                        # Early Poems

                        ## A Fable

                        %s

                        ## A Lyric

                        %s
                        """.formatted(prose.next(), prose.next(), prose.next(), prose.next(), prose.next(),
                        prose.next(), prose.next(), prose.next(), prose.next()),
                        List.of("The Gull", "Preludes", "The Harbour", "The Waste Field", "The Heron", "A Fable",
                                "A Lyric"), false),
                new Shape("a play in acts and scenes", title("The Storm") + """
                        # Act I

                        ## Scene I

                        %s

                        ## Scene II

                        %s

                        # Act II

                        ## Scene I

                        %s
                        """.formatted(prose.next(), prose.next(), prose.next()),
                        List.of("Act I, Scene I", "Act I, Scene II", "Act II, Scene I"), false),
                new Shape("chapters of numbered aphorisms", title("Maxims") + """
                        # Preface

                        %s

                        # I: Of Thinkers

                        %s

                        # II: Of Free Spirits

                        %s
                        """.formatted(prose.next(), aphorisms(prose, 1, 8), aphorisms(prose, 9, 16)),
                        List.of("Preface", "I: Of Thinkers", "II: Of Free Spirits"), false),
                new Shape("a title page, credits and a printed contents as entries", title("The Long Ferry") + """
                        # The Long Ferry

                        A Novel

                        # Translated from the French by Ann Writer

                        To my mother, who crossed the river every day of her life.

                        # Contents

                        - [Chapter One](#chapter-one)
                        - [Chapter Two](#chapter-two)

                        # Part I

                        # Chapter One

                        %s

                        # Chapter Two

                        %s
                        """.formatted(prose.next(), prose.next()),
                        List.of("Chapter One", "Chapter Two"), false),
                new Shape("a chapter of headlines among chapters", title("The City") + """
                        # Morning

                        %s

                        # Noon

                        ## THE WEARER OF THE CROWN

                        %s

                        ## GENTLEMEN OF THE PRESS

                        %s

                        ## THE CROZIER AND THE PEN

                        %s

                        # Evening

                        %s

                        # Night

                        %s
                        """.formatted(prose.next(), prose.sentences(2), prose.sentences(2), prose.sentences(2),
                        prose.next(), prose.next()),
                        List.of("Morning", "Noon", "Evening", "Night"), false),
                new Shape("parts whose numbers run on, then notes numbered again", title("The Tower") + """
                        # Part I

                        ## I: The Gate

                        %s

                        ## II: The Wall

                        %s

                        # Part II

                        ## III: The Stair

                        %s

                        ## IV: The Bell

                        %s

                        # Notes

                        ## I: The Gate

                        %s

                        ## II: The Wall

                        %s
                        """.formatted(prose.next(), prose.next(), prose.next(), prose.next(), prose.sentences(3),
                        prose.sentences(3)),
                        List.of("I: The Gate", "II: The Wall", "III: The Stair", "IV: The Bell",
                                "Notes, Chapter I: The Gate", "Notes, Chapter II: The Wall"), false),
                new Shape("labels and titles as entries of their own", title("A Winter Tale") + """
                        # Stave One

                        # Marley's Ghost

                        %s

                        # Stave Two

                        # The First Spirit

                        %s
                        """.formatted(prose.next(), prose.next()),
                        List.of("Stave One: Marley\u2019s Ghost", "Stave Two: The First Spirit"), false),
                new Shape("poems marked as poems, their parts marked as chapters", title("Marked Poems") + """
                        # The Gull {epub:type=z3998:poem}

                        %s

                        # Portrait {epub:type=z3998:poem}

                        ## I {epub:type=chapter}

                        %s

                        ## II {epub:type=chapter}

                        %s

                        # Juvenilia

                        ## A Fable {epub:type=z3998:poem}

                        %s

                        ## The Song {epub:type=z3998:poem}

                        %s
                        """.formatted(prose.next(), prose.next(), prose.next(), prose.next(), prose.next()),
                        List.of("The Gull", "Portrait", "A Fable", "The Song"), true),
                new Shape("acts marked as chapters holding scenes", title("The Calm") + """
                        # Dramatis Personae {epub:type=z3998:dramatis-personae}

                        Ferdinand, a prince. Miranda, his friend.

                        # The First Act {epub:type=chapter}

                        ## The Shore {epub:type=z3998:scene}

                        %s

                        ## The Cave {epub:type=z3998:scene}

                        %s

                        # The Second Act {epub:type=chapter}

                        ## The Shore Again {epub:type=z3998:scene}

                        %s
                        """.formatted(prose.next(), prose.next(), prose.next()),
                        List.of("The Shore", "The Cave", "The Shore Again"), true),
                new Shape("a dedication and an epigraph before chapters with subchapters", title("Dawn") + """
                        # Dedication {epub:type=dedication}

                        For my sister.

                        # Epigraph {epub:type=epigraph}

                        Every road begins at a door.

                        # Morning {epub:type=chapter}

                        %s

                        ## The Kitchen {epub:type=z3998:subchapter}

                        %s

                        # Evening {epub:type=chapter}

                        %s
                        """.formatted(prose.next(), prose.next(), prose.next()),
                        List.of("Morning", "Evening"), true),
                new Shape("pieces no longer than a title page", title("Small Hours") + """
                        # The Red Door

                        The red door opened onto a garden where nobody had walked for years.

                        # The Green Door

                        Behind the green door a staircase went down into the cellar of the mill.

                        # The Blue Door

                        The blue door was painted shut, and the key had been lost long ago.
                        """, List.of("The Red Door", "The Green Door", "The Blue Door"), false));
    }

    private static String title(String title) {
        return "---\ntitle: " + title + "\nauthor: Ann Writer\nlang: en\n---\n\n";
    }

    /** Numbered pieces of a sentence or two each, as a book of maxims prints them. */
    private static String aphorisms(Prose prose, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int n = from; n <= to; n++) {
            s.append("## ").append(n).append("\n\n").append(prose.sentences(2)).append("\n\n");
        }
        return s.toString().strip();
    }

    /** Paragraphs of plain sentences, a chapter's worth (about 200 words) at a time. */
    private static final class Prose {
        private static final String[] SUBJECTS = {"The miller", "His daughter", "The old ferryman", "A stranger",
            "The dog", "Everyone in the village", "The river", "Their neighbour"};
        private static final String[] VERBS = {"walked slowly towards", "looked for a long time at", "spoke quietly of",
            "thought again about", "came back to", "forgot nothing of"};
        private static final String[] OBJECTS = {"the mill by the water", "the bridge in the morning fog",
            "the lantern on the bank", "the long road to the town", "the fields after the rain", "the house on the hill"};
        private final Random random = new Random(7);

        String next() {
            return sentences(8) + "\n\n" + sentences(8) + "\n\n" + sentences(8);
        }

        String sentences(int count) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < count; i++) {
                s.append(i == 0 ? "" : " ").append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append(' ')
                        .append(VERBS[random.nextInt(VERBS.length)]).append(' ')
                        .append(OBJECTS[random.nextInt(OBJECTS.length)]).append('.');
            }
            return s.toString();
        }
    }
}
