package dev.audiobook.book;

import dev.audiobook.book.HeadingCandidate.Kind;
import dev.audiobook.text.TextBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The second step of finding chapters: of the candidate lines, the ones that are the book's headings.
 * Headings of one book share a form and their numbers run in sequence, so candidates are grouped by
 * form and each numbered group is scored by how much of it runs in sequence. The group that runs
 * longest is the book's chapters; a group whose lines fall inside those chapters is sub-headings. A
 * line without a number is a chapter where the numbered chapters leave room for it: before them, or
 * named in the contents list.
 */
final class HeadingChoice {
    /** A motto or a caption is not a chapter; a preface or a story is longer than this. */
    private static final int MIN_WORDS_UNDER_A_TITLE = 10;
    private static final Pattern BY_LINE = Pattern.compile("by\\s+\\S.{0,60}", Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_BY = Pattern.compile("by\\.?", Pattern.CASE_INSENSITIVE);

    /** "Heading to Chapter I. .... 1", "On the Wing 28-29": a line of a list that gives its page. */
    static final Pattern LIST_ENTRY = Pattern.compile(".*\\s(?:\\d+(?:[-\u2013]\\d+)?|[ivxlc]+)");

    private static final int MIN_RUNNING_TEXT_WORDS = 8;
    private static final int MAX_MOTTO_BLOCKS = 3;
    /** Headings in sequence before a run may skip a number. */
    private static final int MIN_RUN_BEFORE_A_GAP = 3;
    /** A contents entry may differ from its heading by one letter in this many. */
    private static final int MIN_LETTERS_PER_SLIP = 10;
    /** More than the one blank line between paragraphs. */
    private static final int MIN_HEADING_BLANK_LINES = 2;
    /** A short paragraph is still prose when it ends a sentence: "It rained all day." */
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}[.!?][\"'\u201D\u2019)]*$");

    private HeadingChoice() {}

    static List<HeadingCandidate> choose(List<HeadingCandidate> allCandidates, List<TextBlock> blocks,
            Set<String> listed) {
        List<HeadingCandidate> candidates = withoutSubtitles(allCandidates, listed);
        int[] words = wordsUnder(candidates, blocks);
        List<HeadingCandidate> sorted = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            HeadingCandidate candidate = candidates.get(c);
            boolean headsNext = c + 1 < candidates.size() && candidates.get(c + 1).block() == candidate.bodyStart();
            // A part heading may have a motto of a line or two under it before its first chapter.
            boolean mottoAbove = c + 1 < candidates.size()
                    && candidates.get(c + 1).block() - candidate.bodyStart() <= MAX_MOTTO_BLOCKS;
            if (words[c] > 0) {
                sorted.add(candidate);
            } else if ((headsNext || mottoAbove) && candidate.isPart()) {
                sorted.add(candidate);
            } else if (headsNext && candidate.number().isPresent()
                    && candidate.kind() != Kind.TITLE && !candidates.get(c + 1).form().equals(candidate.form())) {
                // A numbered heading straight above a heading of another form groups the chapters under it.
                sorted.add(candidate.asPart());
            }
        }
        Map<String, List<HeadingCandidate>> families = new LinkedHashMap<>();
        for (HeadingCandidate candidate : sorted) {
            if (candidate.number().isPresent()) {
                families.computeIfAbsent(candidate.form() + (candidate.isPart() ? ":part" : ""), f -> new ArrayList<>())
                        .add(candidate);
            }
        }
        List<List<HeadingCandidate>> numbered = families.values().stream()
                .map(family -> longestRun(family, sorted))
                .filter(run -> !run.isEmpty())
                .toList();
        Comparator<List<HeadingCandidate>> longestRun = Comparator.comparingInt(List::size);
        // Of two runs of parts as long, the inner one ("BOOK ONE" under each "PART THE FIRST") comes later.
        Comparator<List<HeadingCandidate>> innermost = longestRun.thenComparingInt(family -> family.get(0).block());
        Optional<List<HeadingCandidate>> chapters = numbered.stream()
                .filter(family -> !family.get(0).isPart())
                .max(longestRun)
                .or(() -> numbered.stream().max(innermost));
        List<List<HeadingCandidate>> kept = new ArrayList<>();
        for (List<HeadingCandidate> family : numbered) {
            if (chapters.isPresent() && family != chapters.get() && isOtherDivision(family, chapters.get())) {
                kept.add(family);
            }
        }
        // Where the book's divisions are all parts (acts, or books under parts), the innermost are its chapters;
        // a lone "VOLUME II." over the book stays its part.
        chapters = chapters.map(family -> family.size() < 2 ? family
                : family.stream().map(HeadingCandidate::asChapter).toList());
        chapters.ifPresent(family -> kept.add(0, family));
        List<HeadingCandidate> titles = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            HeadingCandidate candidate = candidates.get(c);
            if (candidate.kind() == Kind.TITLE && words[c] >= MIN_WORDS_UNDER_A_TITLE && !isTitlePage(candidate, blocks)) {
                titles.add(candidate);
            }
        }
        boolean contentsNamesTitles = titles.stream()
                .filter(t -> isListed(t, listed))
                .count() * 2 > titles.size();
        List<HeadingCandidate> chosen = new ArrayList<>();
        kept.forEach(chosen::addAll);
        for (HeadingCandidate candidate : sorted) {
            if (candidate.isNamed()) {
                chosen.add(candidate);
            }
        }
        int chapterSpacing = chapters.map(c -> minimumBlankLinesBefore(c, blocks)).orElse(0);
        for (HeadingCandidate title : titles) {
            boolean isListed = isListed(title, listed);
            boolean spacedLikeChapters = chapterSpacing >= MIN_HEADING_BLANK_LINES
                    && blankLinesBefore(title.block(), blocks) >= chapterSpacing;
            // Front matter such as "TO THE READER" stands further apart than a paragraph, back matter as far
            // apart as the chapters; a line in capitals among the paragraphs ("NO ENTRY") does neither. Where
            // the spacing says nothing, a title before the chapters still heads front matter unless it stands
            // inside a preface or the like.
            boolean spacingSilent = chapterSpacing < MIN_HEADING_BLANK_LINES;
            boolean standsApart = !spacingSilent && blankLinesBefore(title.block(), blocks) >= MIN_HEADING_BLANK_LINES;
            boolean fits = chapters.isEmpty()
                    ? isListed || !contentsNamesTitles
                    : title.block() < chapters.get().get(0).block()
                            ? isListed || standsApart || spacingSilent && !insideNamedSection(title, sorted)
                            : (isListed || spacedLikeChapters) && after(title, chapters.get());
            if (fits) {
                chosen.add(title);
            }
        }
        chosen.sort(Comparator.comparingInt(HeadingCandidate::block));
        return chosen;
    }

    /**
     * A title line straight under a labelled heading ("INTRODUCTION BY THE EDITOR" / "HOW THE BOOK CAME
     * TO BE") is that heading's subtitle, read as the first line of its text, not a heading of its own, unless
     * the contents list names it as an entry of its own.
     */
    private static List<HeadingCandidate> withoutSubtitles(List<HeadingCandidate> candidates, Set<String> listed) {
        List<HeadingCandidate> kept = new ArrayList<>();
        for (HeadingCandidate candidate : candidates) {
            HeadingCandidate previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            boolean subtitle = previous != null && candidate.kind() == Kind.TITLE
                    && previous.kind() == Kind.LABELLED && !previous.isPart() && previous.heading().label().isPresent()
                    && previous.linesAfter().isEmpty() && candidate.block() == previous.bodyStart()
                    && !listed.contains(HeadingCandidates.titleKey(candidate.heading().title().orElseThrow()));
            if (!subtitle) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /**
     * The words of running text under each candidate, up to the next candidate of a form at least as
     * strong: a chapter's numbered sections do not end the chapter.
     */
    private static int[] wordsUnder(List<HeadingCandidate> candidates, List<TextBlock> blocks) {
        boolean[] inHeading = new boolean[blocks.size()];
        for (HeadingCandidate candidate : candidates) {
            for (int b = candidate.block(); b < candidate.bodyStart(); b++) {
                inHeading[b] = true;
            }
        }
        int[] words = new int[candidates.size()];
        for (int c = 0; c < candidates.size(); c++) {
            HeadingCandidate candidate = candidates.get(c);
            int end = blocks.size();
            for (int next = c + 1; next < candidates.size(); next++) {
                if (candidate.kind() == Kind.BARE_NUMBER || candidate.isPart()
                        || candidates.get(next).kind().compareTo(candidate.kind()) <= 0) {
                    end = candidates.get(next).block();
                    break;
                }
            }
            int count = isRunningText(candidate.linesAfter()) ? Heading.wordCount(String.join(" ", candidate.linesAfter())) : 0;
            for (int b = candidate.bodyStart(); b < end; b++) {
                if (!inHeading[b] && isRunningText(blocks.get(b).lines())) {
                    count += Heading.wordCount(blocks.get(b).joined());
                }
            }
            words[c] = count;
        }
        return words;
    }

    /** A named heading (Preface, Introduction) stands before the title: the title is a line of its text. */
    private static boolean insideNamedSection(HeadingCandidate title, List<HeadingCandidate> headings) {
        return headings.stream().anyMatch(h -> h.isNamed() && h.block() < title.block());
    }

    /** The fewest blank lines above any of the headings, or 0 where the text's lines are not known. */
    private static int minimumBlankLinesBefore(List<HeadingCandidate> headings, List<TextBlock> blocks) {
        return headings.stream().filter(h -> h.block() > 0).mapToInt(h -> blankLinesBefore(h.block(), blocks)).min()
                .orElse(0);
    }

    private static int blankLinesBefore(int block, List<TextBlock> blocks) {
        return block == 0 ? 0 : blocks.get(block).blankLinesAbove(blocks.get(block - 1)).orElse(0);
    }

    /**
     * Named by the contents list, as printed or with a slip of a letter or two: a contents list that
     * reads "WILLIAM WILSO" still names "WILLIAM WILSON".
     */
    private static boolean isListed(HeadingCandidate title, Set<String> listed) {
        String key = HeadingCandidates.titleKey(title.heading().title().orElseThrow());
        if (listed.contains(key)) {
            return true;
        }
        int slips = key.length() / MIN_LETTERS_PER_SLIP;
        if (slips == 0) {
            return false;
        }
        LevenshteinDistance distance = new LevenshteinDistance(slips);
        return listed.stream().anyMatch(entry -> distance.apply(key, entry) >= 0);
    }

    /** A paragraph of prose, not a heading, a title or a line of a list. */
    private static boolean isRunningText(List<String> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        String text = String.join(" ", lines);
        long listEntries = lines.stream().filter(l -> LIST_ENTRY.matcher(l).matches()).count();
        return (Heading.wordCount(text) >= MIN_RUNNING_TEXT_WORDS || SENTENCE_END.matcher(text).find())
                && !Heading.isAllCapitals(text) && listEntries * 2 < lines.size();
    }

    /**
     * The book's own title with its author under it ("THE VOYAGE" / "Rendered into verse" / "by A. Writer"),
     * or the author's name under a "BY" of its own.
     */
    private static boolean isTitlePage(HeadingCandidate title, List<TextBlock> blocks) {
        boolean underBy = title.block() > 0 && LONE_BY.matcher(blocks.get(title.block() - 1).joined()).matches();
        return underBy || blocks.subList(title.bodyStart(), Math.min(blocks.size(), title.bodyStart() + 3)).stream()
                .anyMatch(b -> b.lines().size() == 1 && BY_LINE.matcher(b.firstLine()).matches());
    }

    /**
     * The family's longest run in sequence: from one (or two, where the first is lost), each the one
     * before plus one, starting again at one only after a part. Lines off the run, such as a stray
     * contents entry or a cross-reference, are left out of it.
     */
    private static List<HeadingCandidate> longestRun(List<HeadingCandidate> family, List<HeadingCandidate> all) {
        List<HeadingCandidate> best = List.of();
        for (int start = 0; start < family.size(); start++) {
            boolean lone = family.size() == 1 && family.get(0).kind() == Kind.LABELLED;
            if (family.get(start).number().getAsInt() > 2 && !lone) {
                continue;
            }
            List<HeadingCandidate> run = new ArrayList<>(List.of(family.get(start)));
            for (int m = start + 1; m < family.size(); m++) {
                HeadingCandidate last = run.get(run.size() - 1);
                int number = family.get(m).number().getAsInt();
                // A run goes on past one heading it lost to an odd form ("Chapter VI" over a title of five lines).
                boolean next = number == last.number().getAsInt() + 1
                        || number == last.number().getAsInt() + 2 && run.size() >= MIN_RUN_BEFORE_A_GAP;
                if (next || number == 1 && partBetween(last, family.get(m), all)) {
                    // A heading of the family standing in the gap is the lost one, its number misprinted
                    // ("XXVII" between "XVI" and "XVIII").
                    if (number == last.number().getAsInt() + 2 && m - 1 > start
                            && family.get(m - 1).block() > last.block() && !run.contains(family.get(m - 1))) {
                        run.add(family.get(m - 1));
                    }
                    run.add(family.get(m));
                }
            }
            if (run.size() > best.size()) {
                best = run;
            }
        }
        int needed = !family.isEmpty() && family.get(0).kind() == Kind.LABELLED ? 1 : 2;
        return best.size() >= needed ? best : List.of();
    }

    private static boolean partBetween(HeadingCandidate from, HeadingCandidate to, List<HeadingCandidate> all) {
        return all.stream().anyMatch(c -> c.isPart() && c.block() > from.block() && c.block() < to.block());
    }

    /** No line of the family stands among the chapters: before the first or after the last. */
    private static boolean outside(List<HeadingCandidate> family, List<HeadingCandidate> chapters) {
        int first = chapters.get(0).block();
        int last = chapters.get(chapters.size() - 1).block();
        return family.stream().allMatch(c -> c.block() < first || c.block() > last);
    }

    /**
     * Parts around the chapters, or headings of another form before or after them. After the chapters, a
     * part groups nothing, and headings that name the chapters again are notes on them.
     */
    private static boolean isOtherDivision(List<HeadingCandidate> family, List<HeadingCandidate> chapters) {
        if (after(family.get(0), chapters)) {
            return !family.get(0).isPart() && !retitles(family, chapters);
        }
        return family.get(0).isPart() || outside(family, chapters);
    }

    /** Notes on the chapters after the book's end ("Chapter I. The Road" once more) name the chapters' titles. */
    private static boolean retitles(List<HeadingCandidate> family, List<HeadingCandidate> chapters) {
        Set<String> titles = new java.util.HashSet<>();
        chapters.forEach(c -> c.heading().title().map(HeadingCandidates::titleKey).ifPresent(titles::add));
        return family.stream()
                .anyMatch(c -> c.heading().title().map(HeadingCandidates::titleKey).filter(titles::contains).isPresent());
    }

    private static boolean after(HeadingCandidate title, List<HeadingCandidate> chapters) {
        return title.block() > chapters.get(chapters.size() - 1).block();
    }
}
