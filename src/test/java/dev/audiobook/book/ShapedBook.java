package dev.audiobook.book;

import dev.audiobook.testing.HardWrap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A plain-text book drawn from a grammar of chapter-heading shapes, with the track titles a reader expects
 * of it. Each book makes one choice per dimension (label, numbering, where the title stands, indentation,
 * blank lines, parts, contents list, front and back matter, what the prose holds) and names its choices in
 * {@code shape}, as {@code key=value} words separated by spaces, so that failures can be tallied by choice.
 * A tenth of the books are plays: acts and scenes, speakers in capitals, stage directions.
 *
 * @param expectedTitles the tracks in order, written as the product writes them ("Chapter IV: The Road",
 *     "Part II, Chapter III: The Road", "Act I, Scene II: A Street", "Preface")
 */
record ShapedBook(String text, List<String> expectedTitles, String shape) {
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final java.util.regex.Pattern NOT_WORDS = java.util.regex.Pattern.compile(
            "[ivxlcdm]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
                    + "|sixty|seventy|eighty|ninety|first|second|third|last|the|by");
    private static final String VOWELS = "aeiou";
    private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty"};
    private static final String[] ORDINALS = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    private static final String[] LABELS = {"Chapter", "CHAPTER", "Book", "Letter", "Stave", "Canto", "Section", "none"};
    private static final String[] NUMBERINGS = {"arabic", "roman-upper", "roman-lower", "words-upper", "words-title",
        "ordinal"};
    private static final String[] SEPARATORS = {". ", ": ", " \u2014 ", "--"};
    private static final String[] SEPARATOR_NAMES = {"dot", "colon", "emdash", "dashes"};
    private static final String[] SMALL_WORDS = {"of", "the", "and", "in", "at"};

    /** The book drawn from this seed. */
    static ShapedBook generate(long seed) {
        return new Generator(new Random(seed)).book();
    }

    /** The choices of a shape, in order: "label" to "Chapter", "numbering" to "roman-upper". */
    static Map<String, String> dimensions(String shape) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (String word : shape.split(" ")) {
            int eq = word.indexOf('=');
            dimensions.put(word.substring(0, eq), word.substring(eq + 1));
        }
        return dimensions;
    }

    /** One book's drawing: the random source, the made-up vocabulary, and the text and tracks so far. */
    private static final class Generator {
        private final Random random;
        private final List<String> vocabulary = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<String> expected = new ArrayList<>();
        private final Map<String, String> shape = new LinkedHashMap<>();
        private int indent;
        private int above;
        private int below;
        private boolean varyBlanks;
        private boolean wrapProse;
        private boolean capsHeadings;
        private final List<String> extras = new ArrayList<>();

        Generator(Random random) {
            this.random = random;
            while (vocabulary.size() < 40) {
                String word = madeUpWord();
                // A made-up word that is a number ("five", "mix") would be a numeral of its own.
                if (!NOT_WORDS.matcher(word).matches()) {
                    vocabulary.add(word);
                }
            }
            while (names.size() < 6) {
                names.add(capitalised(madeUpWord()));
            }
        }

        ShapedBook book() {
            boolean play = chance(10);
            shape.put("kind", play ? "play" : "prose");
            if (play) {
                play();
            } else {
                prose();
            }
            String shapeText = shape.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" "));
            return new ShapedBook(text.toString(), List.copyOf(expected), shapeText);
        }

        // ---- prose -------------------------------------------------------------------------------------

        private void prose() {
            String label = pickOf(LABELS);
            String numbering = pickOf(NUMBERINGS);
            if (label.equals("none") && numbering.equals("ordinal")) {
                numbering = pickOf("arabic", "roman-upper", "roman-lower", "words-upper");
            }
            String titleAt = pickOf("none", "sameLine", "nextLine", "afterBlank", "wrapped");
            int sep = pick(0, SEPARATORS.length - 1);
            boolean trailingDot = chance(50);
            capsHeadings = label.equals("CHAPTER") || (!label.equals("Chapter") && chance(50));
            String labelText = label.equals("none") ? "" : capsHeadings ? label.toUpperCase(Locale.ROOT) : label;
            String titleCase = pickOf("caps", "title");
            layout();
            String parts = pickOf("none", "none", "runOn", "restart");
            String partLabel = label.equalsIgnoreCase("Book") ? pickOf("Part", "Volume") : pickOf("Part", "Book", "Volume");
            String partNumbering = pickOf("roman-upper", "words-upper", "words-title", "ordinal", "arabic");
            String partTitleAt = pickOf("none", "dashes", "dot", "nextLine");
            boolean epigraph = chance(30);
            String contents = pickOf("none", "none", "labelled", "dots", "columns");
            boolean contentsIndented = chance(40);
            List<String> front = subset("title", "dedication", "preface", "introduction", "prologue");
            List<String> back = subset("epilogue", "conclusion", "appendix", "notes", "theEnd");
            wrapProse = chance(60);
            extras.addAll(subset("dialogue", "short", "breaks", "caps", "verse"));
            int chapters = pick(2, numbering.equals("ordinal") ? 20 : 30);
            int partCount = parts.equals("none") ? 0 : pick(2, Math.min(5, chapters));

            shape.put("label", label.equals("none") ? "none" : labelText);
            shape.put("numbering", numbering);
            shape.put("titleAt", titleAt);
            shape.put("sep", titleAt.equals("sameLine") ? SEPARATOR_NAMES[sep] : "-");
            shape.put("dot", trailingDot && !titleAt.equals("sameLine") ? "yes" : "no");
            shape.put("case", titleAt.equals("none") ? "-" : titleCase);
            putLayout();
            shape.put("parts", parts);
            shape.put("partLabel", parts.equals("none") ? "-" : partLabel);
            shape.put("partNumbering", parts.equals("none") ? "-" : partNumbering);
            shape.put("partTitle", parts.equals("none") ? "-" : partTitleAt);
            shape.put("epigraph", parts.equals("none") ? "-" : epigraph ? "yes" : "no");
            shape.put("contents", contents);
            shape.put("contentsIndent", contents.equals("none") ? "-" : contentsIndented ? "yes" : "no");
            shape.put("front", front.isEmpty() ? "none" : String.join("+", front));
            shape.put("back", back.isEmpty() ? "none" : String.join("+", back));
            shape.put("chapters", chapters <= 5 ? "2-5" : chapters <= 12 ? "6-12" : "13-30");
            shape.put("wrap", wrapProse ? "70" : "no");
            shape.put("extras", extras.isEmpty() ? "none" : String.join("+", extras));

            // Which part each chapter is in, and its number (restarting in each part or not).
            int[] partOf = new int[chapters];
            int[] numberOf = new int[chapters];
            java.util.TreeSet<Integer> starts = new java.util.TreeSet<>(List.of(0));
            while (starts.size() < Math.max(1, partCount)) {
                starts.add(pick(1, chapters - 1));
            }
            for (int c = 0; c < chapters; c++) {
                partOf[c] = starts.headSet(c, true).size() - 1;
                numberOf[c] = parts.equals("restart") ? c - starts.floor(c) + 1 : c + 1;
            }
            List<String> titles = new ArrayList<>();
            for (int c = 0; c < chapters; c++) {
                titles.add(titleAt.equals("none") ? "" : titleAt.equals("wrapped") ? title(10, 25) : title(1, 5));
            }
            List<String> partTitles = new ArrayList<>();
            for (int p = 0; p < partCount; p++) {
                partTitles.add(partTitleAt.equals("none") ? "" : title(1, 4));
            }

            if (front.contains("title")) {
                text.append(indented(title(1, 4).toUpperCase(Locale.ROOT))).append("\n\n")
                        .append(indented("by " + names.get(0) + " " + names.get(1))).append("\n\n\n");
            }
            if (front.contains("dedication")) {
                text.append(indented("TO MY FRIEND")).append('\n').append(indented(names.get(2).toUpperCase(Locale.ROOT)))
                        .append("\n\n\n");
            }
            if (!contents.equals("none")) {
                String pad = contentsIndented ? "    " : "";
                text.append(indented("CONTENTS")).append("\n\n");
                int page = pick(1, 9);
                List<String> entries = new ArrayList<>();
                for (String named : List.of("preface", "introduction", "prologue")) {
                    if (front.contains(named)) {
                        entries.add(contentsEntry(contents, named(named), "", page += pick(2, 9)));
                    }
                }
                for (int c = 0; c < chapters; c++) {
                    if (partCount > 0 && (c == 0 || partOf[c] != partOf[c - 1])) {
                        int p = partOf[c];
                        entries.add(contentsEntry(contents, partHead(partLabel, partNumbering, p + 1),
                                partTitles.get(p), page));
                    }
                    entries.add(contentsEntry(contents, chapterHead(labelText, numbering, numberOf[c]),
                            shortened(styled(titles.get(c), titleCase)), page += pick(3, 20)));
                }
                for (String named : List.of("epilogue", "conclusion", "appendix", "notes")) {
                    if (back.contains(named)) {
                        entries.add(contentsEntry(contents, named(named), "", page += pick(2, 9)));
                    }
                }
                for (String entry : entries) {
                    text.append(pad).append(entry).append('\n');
                }
                text.append("\n\n");
            }
            for (String named : List.of("preface", "introduction", "prologue")) {
                if (front.contains(named)) {
                    heading(List.of(named(named)));
                    body();
                    expected.add(capitalised(named));
                }
            }
            for (int c = 0; c < chapters; c++) {
                int p = partOf[c];
                String partPrefix = "";
                if (partCount > 0) {
                    partPrefix = partLabel + " " + shownNumeral(partNumbering, p + 1) + ", ";
                    if (c == 0 || partOf[c - 1] != p) {
                        partHeading(partLabel, partNumbering, p + 1, partTitleAt, partTitles.get(p), epigraph);
                    }
                }
                String head = chapterHead(labelText, numbering, numberOf[c]);
                String title = styled(titles.get(c), titleCase);
                List<String> lines = new ArrayList<>();
                switch (titleAt) {
                    case "none" -> lines.add(head + (trailingDot ? "." : ""));
                    case "sameLine" -> lines.add(head + SEPARATORS[sep] + title);
                    case "nextLine" -> {
                        lines.add(head + (trailingDot ? "." : ""));
                        lines.add(title);
                    }
                    case "afterBlank" -> {
                        lines.add(head + (trailingDot ? "." : ""));
                        lines.add("");
                        lines.add(title);
                    }
                    default -> {
                        lines.add(head + (trailingDot ? "." : ""));
                        lines.addAll(List.of(HardWrap.wrap(title, 60).split("\n")));
                    }
                }
                heading(lines);
                body();
                String numeralTitle = shownNumeral(numbering, numberOf[c]);
                String track = (label.equals("none") ? numeralTitle : titleCaseWords(label) + " " + numeralTitle)
                        + (titles.get(c).isEmpty() ? "" : ": " + titles.get(c));
                expected.add((parts.equals("restart") ? partPrefix : "") + track);
            }
            backMatter(back);
        }

        private void partHeading(String partLabel, String numbering, int number, String titleAt, String partTitle,
                boolean epigraph) {
            String head = partHead(partLabel, numbering, number);
            String title = partTitle.toUpperCase(Locale.ROOT);
            List<String> lines = switch (titleAt) {
                case "dashes" -> List.of(head + "--" + title);
                case "dot" -> List.of(head + ". " + title);
                case "nextLine" -> List.of(head, title);
                default -> List.of(head);
            };
            heading(lines);
            if (epigraph) {
                List<String> motto = new ArrayList<>();
                motto.add(indented("\u201C" + capitalised(String.join(" ", words(3, 7))) + ",\u201D"));
                if (chance(50)) {
                    motto.add(indented("                    --" + names.get(3)));
                }
                text.append(String.join("\n", motto)).append("\n\n\n");
            }
        }

        private String partHead(String partLabel, String numbering, int number) {
            String head = partLabel + " " + numeral(numbering, number);
            return capsHeadings ? head.toUpperCase(Locale.ROOT) : head;
        }

        private String chapterHead(String labelText, String numbering, int number) {
            String numeral = numeral(numbering, number);
            if (capsHeadings && numbering.equals("ordinal")) {
                numeral = numeral.toUpperCase(Locale.ROOT);
            }
            return labelText.isEmpty() ? numeral : labelText + " " + numeral;
        }

        private String contentsEntry(String style, String head, String title, int page) {
            return switch (style) {
                case "labelled" -> title.isEmpty() ? head + "." : head + ". " + title;
                case "dots" -> {
                    String entry = title.isEmpty() ? head : head + ". " + title;
                    yield entry + " " + ".".repeat(Math.max(3, 50 - entry.length())) + " " + page;
                }
                default -> titleCaseWords(head) + (title.isEmpty() ? "" : "  " + title) + "   " + page;
            };
        }

        private void backMatter(List<String> back) {
            for (String named : List.of("epilogue", "conclusion")) {
                if (back.contains(named)) {
                    heading(List.of(named(named)));
                    body();
                    expected.add(capitalised(named));
                }
            }
            if (back.contains("theEnd")) {
                blanks(above);
                text.append(indented("THE END")).append('\n');
                blanks(below);
            }
            for (String named : List.of("appendix", "notes")) {
                if (back.contains(named)) {
                    heading(List.of(named(named)));
                    body();
                    expected.add(capitalised(named));
                }
            }
        }

        private String named(String word) {
            return capsHeadings ? word.toUpperCase(Locale.ROOT) : capitalised(word);
        }

        // ---- plays -------------------------------------------------------------------------------------

        private void play() {
            String numbering = pickOf("roman-upper", "arabic", "words-upper");
            String scenes = pickOf("all", "some-acts-without");
            String sceneTitle = pickOf("sameLine", "nextLine", "none");
            String speaker = pickOf("ownLine", "sameLine");
            capsHeadings = chance(70);
            layout();
            List<String> front = subset("title", "prologue");
            List<String> back = subset("epilogue", "theEnd");
            int acts = pick(2, 5);
            shape.put("numbering", numbering);
            shape.put("scenes", scenes);
            shape.put("sceneTitle", sceneTitle);
            shape.put("speaker", speaker);
            shape.put("case", capsHeadings ? "caps" : "title");
            putLayout();
            shape.put("front", front.isEmpty() ? "none" : String.join("+", front));
            shape.put("back", back.isEmpty() ? "none" : String.join("+", back));
            shape.put("acts", String.valueOf(acts));

            if (front.contains("title")) {
                text.append(indented(title(1, 3).toUpperCase(Locale.ROOT))).append("\n\n")
                        .append(indented("A TRAGEDY")).append("\n\n")
                        .append(indented("by " + names.get(0) + " " + names.get(1))).append("\n\n\n");
            }
            if (front.contains("prologue")) {
                heading(List.of(named("prologue")));
                speeches(speaker);
                expected.add("Prologue");
            }
            for (int a = 1; a <= acts; a++) {
                String actNumeral = shownNumeral(numbering, a);
                String act = capsHeadings ? "ACT " + actNumeral.toUpperCase(Locale.ROOT) : "Act " + actNumeral;
                heading(List.of(act));
                int sceneCount = scenes.equals("some-acts-without") && chance(40) ? 0 : pick(1, 4);
                if (sceneCount == 0) {
                    speeches(speaker);
                    expected.add("Act " + actNumeral);
                }
                for (int s = 1; s <= sceneCount; s++) {
                    String sceneNumeral = shownNumeral(numbering, s);
                    String scene = capsHeadings ? "SCENE " + sceneNumeral.toUpperCase(Locale.ROOT) : "Scene " + sceneNumeral;
                    String place = "A " + String.join(" ", words(1, 2)) + " in " + names.get(pick(0, names.size() - 1));
                    List<String> lines = switch (sceneTitle) {
                        case "sameLine" -> List.of(scene + ". " + place + ".");
                        case "nextLine" -> List.of(scene + ".", place + ".");
                        default -> List.of(scene + ".");
                    };
                    heading(lines);
                    speeches(speaker);
                    expected.add("Act " + actNumeral + ", Scene " + sceneNumeral
                            + (sceneTitle.equals("none") ? "" : ": " + place));
                }
            }
            if (back.contains("epilogue")) {
                heading(List.of(named("epilogue")));
                speeches(speaker);
                expected.add("Epilogue");
            }
            if (back.contains("theEnd")) {
                blanks(above);
                text.append(indented("THE END")).append('\n');
            }
        }

        /** Speeches of at least 150 words: a speaker in capitals, the lines spoken, stage directions. */
        private void speeches(String speaker) {
            int target = pick(150, 400);
            int words = 0;
            if (chance(60)) {
                text.append("[Enter ").append(names.get(pick(0, 5)).toUpperCase(Locale.ROOT)).append(" and ")
                        .append(names.get(pick(0, 5)).toUpperCase(Locale.ROOT)).append(".]\n\n");
            }
            while (words < target) {
                String who = names.get(pick(0, names.size() - 1)).toUpperCase(Locale.ROOT) + ".";
                List<String> lines = new ArrayList<>();
                for (int l = pick(1, 4); l > 0; l--) {
                    List<String> w = words(4, 10);
                    words += w.size();
                    lines.add(capitalised(String.join(" ", w)) + pickOf(",", ".", "!", "?", ";"));
                }
                if (speaker.equals("ownLine")) {
                    text.append(who).append('\n').append(String.join("\n", lines));
                } else {
                    text.append(who).append(' ').append(String.join(" ", lines));
                }
                text.append("\n\n");
                if (chance(15)) {
                    text.append(pickOf("[Exit.]", "[Exeunt.]", "_Exit._", "[Aside.]")).append("\n\n");
                }
            }
        }

        // ---- layout and prose --------------------------------------------------------------------------

        private void layout() {
            indent = chance(70) ? 0 : pick(2, 20);
            above = pick(1, 5);
            below = pick(1, 4);
            varyBlanks = chance(30);
        }

        private void putLayout() {
            shape.put("indent", indent == 0 ? "0" : indent <= 5 ? "2-5" : "6-20");
            shape.put("above", String.valueOf(above));
            shape.put("below", String.valueOf(below));
            shape.put("vary", varyBlanks ? "yes" : "no");
        }

        /** Heading lines, indented alike, with the book's blank lines above and below. */
        private void heading(List<String> lines) {
            blanks(above);
            for (String line : lines) {
                text.append(line.isEmpty() ? "" : indented(line)).append('\n');
            }
            blanks(below);
        }

        private void blanks(int count) {
            int n = varyBlanks ? Math.max(1, count + pick(-1, 1)) : count;
            text.append("\n".repeat(n));
        }

        private String indented(String line) {
            return " ".repeat(indent) + line;
        }

        /** Paragraphs of at least 150 words, with what the book's extras put between them. */
        private void body() {
            int target = pick(150, 500);
            int words = 0;
            while (words < target) {
                // Not first: a short line straight under a heading reads as its title ("CHAPTER I" / "THE ROAD").
                if (words > 0 && !extras.isEmpty() && chance(35)) {
                    extra(extras.get(pick(0, extras.size() - 1)));
                }
                StringBuilder paragraph = new StringBuilder();
                for (int s = pick(2, 6); s > 0; s--) {
                    List<String> w = words(4, 16);
                    words += w.size();
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(capitalised(String.join(" ", w)))
                            .append(pickOf(".", ".", ".", "?", "!", ";"));
                }
                String p = wrapProse ? HardWrap.wrap(paragraph.toString(), 70) : paragraph.toString();
                if (extras.contains("caps") && chance(10)) {
                    // A sign in capitals on a line of its own inside a paragraph.
                    p = p + "\n" + String.join(" ", words(1, 2)).toUpperCase(Locale.ROOT) + "\n"
                            + capitalised(String.join(" ", words(3, 8))) + ".";
                }
                text.append(p).append("\n\n");
            }
        }

        private void extra(String kind) {
            switch (kind) {
                case "dialogue" -> {
                    for (int d = pick(1, 4); d > 0; d--) {
                        text.append('"').append(capitalised(String.join(" ", words(2, 8))))
                                .append(pickOf(",\" said " + names.get(pick(0, 5)) + ".", "?\"", "!\"", ".\""))
                                .append("\n\n");
                    }
                }
                case "short" -> text.append(pickOf("Yes.", "No!", "Well?", "\"Never.\"", "Oh!")).append("\n\n");
                case "breaks" -> text.append(chance(50) ? "* * *" : " ".repeat(30) + "*").append("\n\n");
                case "caps" -> text.append(pickOf("STOP!", "NO ENTRY", "HELP!", "FIRE!", "WAIT!"))
                        .append("\n\n");
                default -> {
                    List<String> verse = new ArrayList<>();
                    for (int l = pick(2, 4); l > 0; l--) {
                        verse.add("    " + capitalised(String.join(" ", words(3, 6))) + pickOf(",", ";", "."));
                    }
                    text.append(String.join("\n", verse)).append("\n\n");
                }
            }
        }

        // ---- words and numbers -------------------------------------------------------------------------

        private String numeral(String numbering, int n) {
            return switch (numbering) {
                case "arabic" -> String.valueOf(n);
                case "roman-upper" -> roman(n);
                case "roman-lower" -> roman(n).toLowerCase(Locale.ROOT);
                case "words-upper" -> numberWords(n).toUpperCase(Locale.ROOT);
                case "words-title" -> titleCaseWords(numberWords(n));
                default -> "the " + capitalised(ordinal(n));
            };
        }

        /** The numeral as a track title shows it: "IV", "iv", "12", "Twenty-One", "the First". */
        private String shownNumeral(String numbering, int n) {
            return numbering.startsWith("words") ? titleCaseWords(numberWords(n)) : numeral(numbering, n);
        }

        private static String roman(int n) {
            int[] values = {40, 10, 9, 5, 4, 1};
            String[] symbols = {"XL", "X", "IX", "V", "IV", "I"};
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                for (; n >= values[i]; n -= values[i]) {
                    out.append(symbols[i]);
                }
            }
            return out.toString();
        }

        private static String numberWords(int n) {
            if (n < 20) {
                return UNITS[n];
            }
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
        }

        private static String ordinal(int n) {
            return ORDINALS[n];
        }

        /** A title of made-up words, with now and then a small word ("The Bavo of the Kinel"). */
        private String title(int min, int max) {
            int count = pick(min, max);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                words.add(i > 0 && i < count - 1 && chance(20) ? pickOf(SMALL_WORDS) : vocabulary.get(pick(0,
                        vocabulary.size() - 1)));
            }
            if (chance(30)) {
                words.add(0, "the");
            }
            StringBuilder title = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                boolean small = i > 0 && List.of(SMALL_WORDS).contains(word);
                title.append(i == 0 ? "" : " ").append(small ? word : capitalised(word));
            }
            return title.toString();
        }

        private static String styled(String title, String titleCase) {
            return titleCase.equals("caps") ? title.toUpperCase(Locale.ROOT) : title;
        }

        /** A long title as a contents list shows it: its first six words. */
        private static String shortened(String title) {
            String[] words = title.split(" ");
            return words.length <= 8 ? title : String.join(" ", List.of(words).subList(0, 6));
        }

        private List<String> words(int min, int max) {
            List<String> words = new ArrayList<>();
            for (int i = pick(min, max); i > 0; i--) {
                words.add(vocabulary.get(pick(0, vocabulary.size() - 1)));
            }
            return words;
        }

        private String madeUpWord() {
            StringBuilder word = new StringBuilder();
            for (int s = pick(2, 3); s > 0; s--) {
                word.append(CONSONANTS.charAt(pick(0, CONSONANTS.length() - 1)))
                        .append(VOWELS.charAt(pick(0, VOWELS.length() - 1)));
                if (chance(30)) {
                    word.append(CONSONANTS.charAt(pick(0, CONSONANTS.length() - 1)));
                }
            }
            return word.toString();
        }

        private List<String> subset(String... items) {
            List<String> chosen = new ArrayList<>();
            for (String item : items) {
                if (chance(35)) {
                    chosen.add(item);
                }
            }
            return chosen;
        }

        private int pick(int min, int max) {
            return min + random.nextInt(max - min + 1);
        }

        private boolean chance(int percent) {
            return pick(1, 100) <= percent;
        }

        private String pickOf(String... options) {
            return options[pick(0, options.length - 1)];
        }

        private static String capitalised(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        /** "twenty-one" as "Twenty-One", "the first" as "The First". */
        private static String titleCaseWords(String text) {
            StringBuilder out = new StringBuilder();
            boolean start = true;
            for (char ch : text.toLowerCase(Locale.ROOT).toCharArray()) {
                out.append(start ? Character.toUpperCase(ch) : ch);
                start = ch == ' ' || ch == '-';
            }
            return out.toString();
        }
    }
}
