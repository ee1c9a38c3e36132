package dev.audiobook.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.audiobook.text.TextBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chapter finder on books drawn from a grammar of heading shapes ({@link ShapedBook}): each book's
 * tracks must be exactly the chapters it was written with, in order, with their titles. Titles compare as
 * the chapter scorer compares them (case, punctuation and the way a number is written do not count), but
 * every word must be there. 300 seeds in every run (-Dchapter-shapes.seeds=N for more);
 * -Dchapter-shapes.report=true prints how often each choice of the grammar comes out exact.
 */
class ChapterShapesTest {
    private static final Set<String> LEVELS =
            Set.of("chapter", "book", "part", "volume", "letter", "stave", "canto", "act", "scene", "section", "no");
    private static final Set<String> PART_LEVELS = Set.of("part", "book", "volume", "act");
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final List<String> ORDINALS = List.of("", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final List<String> TENTHS = List.of("", "", "twentieth", "thirtieth", "fortieth");

    static Stream<Long> seeds() {
        return LongStream.range(0, seedCount()).boxed();
    }

    private static long seedCount() {
        return Long.getLong("chapter-shapes.seeds", 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void tracksAreTheChaptersTheBookWasWrittenWith(long seed) {
        assertTracks(seed, ShapedBook.generate(seed));
    }

    @Test
    void aWrongExpectationIsCaught() {
        ShapedBook book = ShapedBook.generate(7);
        List<String> found = titlesFound(book);
        ShapedBook asFound = new ShapedBook(book.text(), found, book.shape());
        assertThatCode(() -> assertTracks(7, asFound)).doesNotThrowAnyException();

        List<String> longer = new ArrayList<>(found);
        longer.set(longer.size() - 1, longer.get(longer.size() - 1) + " Zzyzzx");
        assertThatThrownBy(() -> assertTracks(7, new ShapedBook(book.text(), longer, book.shape())))
                .hasMessageContaining("seed 7").hasMessageContaining(book.shape()).hasMessageContaining("Zzyzzx");
        List<String> oneMore = new ArrayList<>(found);
        oneMore.add("Epilogue");
        assertThatThrownBy(() -> assertTracks(7, new ShapedBook(book.text(), oneMore, book.shape())))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void titlesCompareAsTheScorerComparesThem() {
        assertThat(sameTitle("Chapter I: The Old Sea-dog", "I: The Old Sea-dog")).isTrue();
        assertThat(sameTitle("Chapter I", "I")).isTrue();
        assertThat(sameTitle("I. The Lantern", "The Lantern")).isTrue();
        assertThat(sameTitle("The Lantern", "I. The Lantern")).isFalse();
        assertThat(sameTitle("Book the First", "Book 1")).isTrue();
        assertThat(sameTitle("Chapter Twenty-One: THE ROAD", "chapter XXI. the road")).isTrue();
        assertThat(sameTitle("Part Two, III: The Road", "Part II, Chapter 3: The Road")).isTrue();
        assertThat(sameTitle("Part Two, Chapter III: The Road", "Part Two: The Old Mill, Chapter III: The Road")).isTrue();
        assertThat(sameTitle("Chapter IV: The Road Home", "Chapter IV: The Road")).isFalse();
        assertThat(sameTitle("Chapter IV", "Chapter V")).isFalse();
        assertThat(sameTitle("Letter IV", "Chapter IV")).isFalse();
        assertThat(sameTitle("Part II, Chapter III: The Road", "Chapter III: The Road")).isFalse();
        assertThat(sameTitle("Chapter III: The Road", "Part II, Chapter III: The Road")).isFalse();
    }

    /** -Dchapter-shapes.report=true: how many books of each choice come out exact, over all the seeds. */
    @Test
    void reportByShape() {
        Assumptions.assumeTrue(Boolean.getBoolean("chapter-shapes.report"));
        long total = seedCount();
        long exact = 0;
        // dimension -> value -> {books, exact, first failing seed}
        Map<String, Map<String, long[]>> tally = new TreeMap<>();
        for (long seed = 0; seed < total; seed++) {
            ShapedBook book = ShapedBook.generate(seed);
            boolean ok;
            try {
                assertTracks(seed, book);
                ok = true;
            } catch (AssertionError | RuntimeException e) {
                ok = false;
            }
            exact += ok ? 1 : 0;
            for (Map.Entry<String, String> d : ShapedBook.dimensions(book.shape()).entrySet()) {
                // "front=title+preface" counts once under each of its items
                for (String value : d.getValue().split("\\+")) {
                    long[] counts = tally.computeIfAbsent(d.getKey(), k -> new TreeMap<>())
                            .computeIfAbsent(value, v -> new long[] {0, 0, -1});
                    counts[0]++;
                    counts[1] += ok ? 1 : 0;
                    if (!ok && counts[2] < 0) {
                        counts[2] = seed;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "chapter shapes: %d books, %d exact (%.1f%%), %d failed%n", total, exact,
                100.0 * exact / total, total - exact));
        out.append(String.format(Locale.ROOT, "%-15s %-20s %6s %6s %6s %7s  %s%n", "dimension", "value", "books",
                "exact", "failed", "exact%", "first failing seed"));
        tally.forEach((dimension, values) -> values.forEach((value, c) -> out.append(String.format(Locale.ROOT,
                "%-15s %-20s %6d %6d %6d %6.1f%%  %s%n", dimension, value, c[0], c[1], c[0] - c[1],
                100.0 * c[1] / c[0], c[2] < 0 ? "" : String.valueOf(c[2])))));
        System.out.print(out);
    }

    private static List<String> titlesFound(ShapedBook book) {
        return ChapterDetector.detect(TextBlocks.split(book.text()), "Untitled").chapters().stream()
                .map(Chapter::title).toList();
    }

    static void assertTracks(long seed, ShapedBook book) {
        List<String> actual = titlesFound(book);
        List<String> expected = book.expectedTitles();
        boolean same = actual.size() == expected.size();
        for (int i = 0; same && i < expected.size(); i++) {
            same = sameTitle(expected.get(i), actual.get(i));
        }
        if (!same) {
            throw new AssertionError(String.format(Locale.ROOT,
                    "seed %d (-Dchapter-shapes.seeds=%d)%nshape: %s%nexpected %d tracks:%n  %s%nfound %d:%n  %s%n"
                            + "---- text ----%n%s", seed, seed + 1, book.shape(), expected.size(),
                    String.join("\n  ", expected), actual.size(), String.join("\n  ", actual), book.text()));
        }
    }

    /**
     * The same title, as the chapter scorer's {@code similar} would have it but strict on words: equal keys,
     * or one of them with the level word before a number left out ("I: The Old Sea-dog" for "Chapter I:
     * The Old Sea-dog"), or a part's own title kept in a part prefix ("Part One: The Old Buccaneer, Chapter
     * I" for "Part One, Chapter I"), or a story's numeral left out before its title ("A Scandal in Bohemia"
     * for "I. A Scandal in Bohemia").
     */
    static boolean sameTitle(String expected, String actual) {
        List<String> e = titleKey(expected);
        List<String> a = titleKey(actual);
        if (e.size() > 1 && isNumber(e.get(0)) && e.subList(1, e.size()).equals(a)) {
            return true;
        }
        List<List<String>> expectedForms = withLabelsDropped(e);
        List<List<String>> actualForms = withLabelsDropped(a);
        if (expectedForms.contains(a) || actualForms.contains(e)) {
            return true;
        }
        for (List<String> form : expectedForms) {
            if (form.size() > 2 && PART_LEVELS.contains(form.get(0)) && isNumber(form.get(1))) {
                List<String> rest = form.subList(2, form.size());
                if (a.size() > form.size() && a.subList(0, 2).equals(form.subList(0, 2))
                        && a.subList(a.size() - rest.size(), a.size()).equals(rest)
                        && a.subList(2, a.size() - rest.size()).stream().noneMatch(ChapterShapesTest::isNumber)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The key and the key without one level word standing before a number. */
    private static List<List<String>> withLabelsDropped(List<String> key) {
        List<List<String>> forms = new ArrayList<>();
        forms.add(key);
        for (int i = 0; i + 1 < key.size(); i++) {
            if (LEVELS.contains(key.get(i)) && isNumber(key.get(i + 1))) {
                List<String> dropped = new ArrayList<>(key);
                dropped.remove(i);
                forms.add(dropped);
            }
        }
        return forms;
    }

    /**
     * A title's words as the chapter scorer's {@code norm} makes them: lower case, no punctuation, and a
     * number after a level word (or first, or after a part's number) written in digits: "Book the First"
     * is {@code [book, 1]}, "Part Two, III: The Road" is {@code [part, 2, 3, the, road]}.
     */
    static List<String> titleKey(String title) {
        String s = title.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2014', ' ')
                .replace('\u2013', ' ').replace('_', ' ');
        s = s.replaceAll("[^a-z0-9' ]+", " ").replace("'", "");
        List<String> tokens = List.of(s.strip().split("\\s+"));
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size() && !tokens.get(i).isEmpty()) {
            String prev = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean numberHere = out.isEmpty() || LEVELS.contains(prev)
                    || (out.size() >= 2 && isNumber(prev) && PART_LEVELS.contains(out.get(out.size() - 2)));
            if (numberHere && tokens.get(i).equals("the") && i + 1 < tokens.size()
                    && number(tokens, i + 1)[1] > 0 && !isNumber(tokens.get(i + 1))) {
                i++;
                continue;
            }
            int[] n = numberHere ? number(tokens, i) : new int[] {0, 0};
            if (n[1] > 0) {
                out.add(String.valueOf(n[0]));
                i += n[1];
            } else {
                out.add(tokens.get(i));
                i++;
            }
        }
        return out;
    }

    /** The number written at tokens[i] and how many tokens it takes: "12", "xiv", "twenty one", "third". */
    private static int[] number(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (t.matches("\\d{1,4}")) {
            return new int[] {Integer.parseInt(t), 1};
        }
        if (t.matches("[ivxlcdm]{1,9}")) {
            return new int[] {roman(t), 1};
        }
        int ten = TENS.indexOf(t);
        if (ten >= 2) {
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            int unit = UNITS.indexOf(next);
            int ordinal = ORDINALS.indexOf(next);
            if (unit >= 1 && unit <= 9) {
                return new int[] {ten * 10 + unit, 2};
            }
            if (ordinal >= 1 && ordinal <= 9) {
                return new int[] {ten * 10 + ordinal, 2};
            }
            return new int[] {ten * 10, 1};
        }
        if (UNITS.indexOf(t) >= 1) {
            return new int[] {UNITS.indexOf(t), 1};
        }
        if (ORDINALS.indexOf(t) >= 1) {
            return new int[] {ORDINALS.indexOf(t), 1};
        }
        if (TENTHS.indexOf(t) >= 2) {
            return new int[] {TENTHS.indexOf(t) * 10, 1};
        }
        return new int[] {0, 0};
    }

    private static int roman(String numeral) {
        int total = 0;
        int highest = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (numeral.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                case 'c' -> 100;
                case 'd' -> 500;
                default -> 1000;
            };
            total += value < highest ? -value : value;
            highest = Math.max(highest, value);
        }
        return total;
    }

    private static boolean isNumber(String token) {
        return token.matches("\\d+");
    }
}
