package dev.audiobook.book;

import dev.audiobook.text.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the chapters of a text from its headings. A text without headings becomes one track per
 * paragraph, titled by its opening words; past 99 paragraphs, consecutive paragraphs share a track.
 */
public final class ChapterDetector {
    /** Cue sheets allow 99 tracks. */
    public static final int MAX_TRACKS = 99;
    private static final int OPENING_WORDS = 6;
    /** A title page ("The Lighthouse Keeper, by A. Writer") is too short to be a track of its own. */
    private static final int MAX_OPENING_WORDS = 40;
    private static final int MAX_TITLE_LINE_CHARS = 60;
    private static final int MAX_TITLE_LINE_WORDS = 8;
    private static final Pattern BY_LINE = Pattern.compile("by\\s+(\\S.{0,80})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIALOGUE_OR_CLAUSE_END = Pattern.compile(".*[,;:\"'\u201C\u201D\u2018\u2019]$|^[\"'\u201C\u2018].*");

    private ChapterDetector() {}

    /**
     * What the text says of itself: its chapters, a short title page before the first heading, and for
     * Markdown with one top heading, its title.
     */
    public record Detected(Optional<String> title, Optional<String> author, List<String> opening,
            List<Chapter> chapters) {}

    private record HeadingAt(int block, Heading heading, List<String> linesAfter) {}

    /**
     * @param fallbackTitle names the text before the first heading, when the text gives no title of its own
     */
    public static Detected detect(List<TextBlock> blocks, String fallbackTitle) {
        List<HeadingAt> headings = findHeadings(blocks);
        Optional<String> bookTitle = Optional.empty();
        if (isMarkdownBookTitle(blocks, headings)) {
            bookTitle = headings.get(0).heading().title();
            headings = headings.subList(1, headings.size());
        }
        if (headings.isEmpty()) {
            int from = bookTitle.isPresent() ? 1 : 0;
            return new Detected(bookTitle, Optional.empty(), List.of(),
                    paragraphTracks(blocks.subList(from, blocks.size())));
        }
        List<Chapter> chapters = new ArrayList<>();
        int firstHeadingBlock = headings.get(0).block();
        int preambleStart = bookTitle.isPresent() ? 1 : 0;
        List<String> preamble = paragraphs(blocks.subList(Math.min(preambleStart, firstHeadingBlock), firstHeadingBlock));
        List<String> opening = List.of();
        if (wordCount(preamble) <= MAX_OPENING_WORDS) {
            opening = preamble;
        } else {
            chapters.add(new Chapter(bookTitle.orElse(fallbackTitle), Optional.empty(), preamble));
        }
        for (int h = 0; h < headings.size(); h++) {
            HeadingAt at = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1).block() : blocks.size();
            int bodyStart = at.block() + 1;
            Heading heading = at.heading();
            if (heading.title().isEmpty() && at.linesAfter().isEmpty() && bodyStart < end && isTitleLine(blocks.get(bodyStart))) {
                heading = heading.withTitle(blocks.get(bodyStart).firstLine());
                bodyStart++;
            }
            List<String> body = new ArrayList<>();
            if (!at.linesAfter().isEmpty()) {
                body.add(new TextBlock(at.linesAfter()).joined());
            }
            body.addAll(paragraphs(blocks.subList(bodyStart, end)));
            chapters.add(new Chapter(heading.trackTitle(), Optional.of(heading.spoken()), body));
        }
        Optional<String> author = opening.stream()
                .map(BY_LINE::matcher)
                .filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1).strip())
                .findFirst();
        if (bookTitle.isEmpty() && !opening.isEmpty() && isTitleLine(new TextBlock(List.of(opening.get(0))))
                && !BY_LINE.matcher(opening.get(0)).matches()) {
            bookTitle = Optional.of(Heading.tidyTitle(opening.get(0)));
        }
        return new Detected(bookTitle, author, opening, chapters);
    }

    private static List<HeadingAt> findHeadings(List<TextBlock> blocks) {
        List<HeadingAt> found = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            List<String> lines = blocks.get(i).lines();
            String first = lines.get(0);
            List<String> after = lines.subList(1, lines.size());
            Optional<Heading.MarkdownHeading> markdown = Heading.parseMarkdownLine(first);
            if (markdown.isPresent()) {
                found.add(new HeadingAt(i, Heading.fromMarkdownText(markdown.get().text()), after));
                continue;
            }
            Optional<Heading> chapter = Heading.parseChapterLine(first);
            if (chapter.isEmpty()) {
                continue;
            }
            Heading heading = chapter.get();
            // "CHAPTER I" with its title on the next line of the same block.
            if (heading.title().isEmpty() && lines.size() == 2 && isTitleLine(new TextBlock(after))) {
                found.add(new HeadingAt(i, heading.withTitle(after.get(0)), List.of()));
            } else {
                found.add(new HeadingAt(i, heading, after));
            }
        }
        return found;
    }

    /** "# Book Title" once at the top, with the chapters as deeper headings below it. */
    private static boolean isMarkdownBookTitle(List<TextBlock> blocks, List<HeadingAt> headings) {
        if (headings.size() < 2 || headings.get(0).block() != 0) {
            return false;
        }
        long topLevel = headings.stream()
                .map(h -> Heading.parseMarkdownLine(blocks.get(h.block()).firstLine()))
                .filter(m -> m.isPresent() && m.get().level() == 1)
                .count();
        Optional<Heading.MarkdownHeading> first = Heading.parseMarkdownLine(blocks.get(0).firstLine());
        return first.isPresent() && first.get().level() == 1 && topLevel == 1 && headings.get(0).linesAfter().isEmpty();
    }

    /** A short line that names a chapter, such as "DOWN THE RABBIT-HOLE" or "The Road", not a sentence. */
    private static boolean isTitleLine(TextBlock block) {
        if (block.lines().size() != 1) {
            return false;
        }
        String line = block.firstLine();
        if (line.length() > MAX_TITLE_LINE_CHARS
                || Heading.wordCount(line) > MAX_TITLE_LINE_WORDS
                || DIALOGUE_OR_CLAUSE_END.matcher(line).matches()
                || Heading.parseChapterLine(line).isPresent()
                || Heading.parseMarkdownLine(line).isPresent()) {
            return false;
        }
        boolean sentenceEnd = line.endsWith(".") || line.endsWith("!") || line.endsWith("?");
        return !sentenceEnd || Heading.isAllCapitals(line) || allWordsCapitalized(line);
    }

    private static boolean allWordsCapitalized(String line) {
        for (String word : line.split("\\s+")) {
            if (word.length() > 3 && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static List<Chapter> paragraphTracks(List<TextBlock> blocks) {
        List<String> all = paragraphs(blocks);
        int perTrack = Math.max(1, (all.size() + MAX_TRACKS - 1) / MAX_TRACKS);
        List<Chapter> tracks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += perTrack) {
            List<String> group = all.subList(i, Math.min(all.size(), i + perTrack));
            tracks.add(new Chapter(openingWords(group.get(0)), Optional.empty(), group));
        }
        return tracks;
    }

    private static int wordCount(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(Heading::wordCount).sum();
    }

    private static List<String> paragraphs(List<TextBlock> blocks) {
        return blocks.stream().map(TextBlock::joined).toList();
    }

    /** "It was a dark and stormy…" */
    static String openingWords(String paragraph) {
        String[] words = paragraph.split("\\s+");
        if (words.length <= OPENING_WORDS) {
            return paragraph;
        }
        String start = String.join(" ", java.util.Arrays.copyOf(words, OPENING_WORDS));
        return start.replaceAll("[\\p{Punct}\u2013\u2014]+$", "") + "\u2026";
    }
}
