package dev.audiobook.text.speech;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations read as words: "Dr. Watson" is "Doctor Watson", "St. Paul" is "Saint Paul" but "Baker St."
 * is "Baker Street", "p. 12" is "page 12", "e.g." is "for example".
 */
final class Abbreviations {
    /** Titles, always followed by a name; their full stop is not a sentence end. */
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("Mr", "Mister"), Map.entry("Mrs", "Missus"), Map.entry("Ms", "Miz"),
            Map.entry("Messrs", "Messieurs"), Map.entry("Prof", "Professor"), Map.entry("Capt", "Captain"),
            Map.entry("Col", "Colonel"), Map.entry("Lt", "Lieutenant"), Map.entry("Sgt", "Sergeant"),
            Map.entry("Cpl", "Corporal"), Map.entry("Adm", "Admiral"), Map.entry("Rev", "Reverend"),
            Map.entry("Hon", "Honourable"), Map.entry("Gov", "Governor"), Map.entry("vs", "versus"));
    /** Words that are abbreviations only when a capitalised name follows ("Gen. Grant", "Mt. Everest"). */
    private static final Map<String, String> BEFORE_NAME = Map.ofEntries(
            Map.entry("Gen", "General"), Map.entry("Maj", "Major"), Map.entry("Pres", "President"),
            Map.entry("Sen", "Senator"), Map.entry("Fr", "Father"), Map.entry("Mt", "Mount"),
            Map.entry("Ft", "Fort"), Map.entry("v", "versus"));
    /** Words that stand before a number ("p. 12", "Vol. II"). */
    private static final Map<String, String> BEFORE_NUMBER = Map.ofEntries(
            Map.entry("Vol", "Volume"), Map.entry("vol", "volume"),
            Map.entry("Vols", "Volumes"), Map.entry("vols", "volumes"), Map.entry("No", "number"),
            Map.entry("no", "number"), Map.entry("Nos", "numbers"), Map.entry("p", "page"),
            Map.entry("pp", "pages"), Map.entry("Ch", "Chapter"), Map.entry("ch", "chapter"),
            Map.entry("fig", "figure"), Map.entry("Fig", "Figure"), Map.entry("ca", "circa"),
            Map.entry("c", "circa"), Map.entry("approx", "approximately"), Map.entry("Art", "Article"),
            Map.entry("art", "article"));
    /** Words that follow a name and may end a sentence. */
    private static final Map<String, String> AFTER = Map.ofEntries(
            Map.entry("Jr", "Junior"), Map.entry("Sr", "Senior"), Map.entry("Esq", "Esquire"),
            Map.entry("Bros", "Brothers"), Map.entry("Co", "Company"), Map.entry("Inc", "Incorporated"),
            Map.entry("Ltd", "Limited"), Map.entry("Ave", "Avenue"), Map.entry("Rd", "Road"),
            Map.entry("Blvd", "Boulevard"), Map.entry("Sq", "Square"), Map.entry("Dept", "Department"),
            Map.entry("Jan", "January"), Map.entry("Feb", "February"), Map.entry("Mar", "March"),
            Map.entry("Apr", "April"), Map.entry("Aug", "August"), Map.entry("Sept", "September"),
            Map.entry("Sep", "September"), Map.entry("Oct", "October"), Map.entry("Nov", "November"),
            Map.entry("Dec", "December"));
    private static final Map<String, String> LATIN = Map.of(
            "e.g.", "for example", "i.e.", "that is", "etc.", "et cetera", "viz.", "namely",
            "cf.", "compare", "et al.", "and others", "a.m.", "A M", "p.m.", "P M");

    private static final Pattern WORD_BEFORE_STOP = Pattern.compile("(?<![\\p{L}.])(\\p{L}{1,7})\\.");
    /** Every word an abbreviation here starts with, as it stands before its first full stop. */
    private static final java.util.Set<String> ALL_WORDS = allWords();
    private static final Pattern LATIN_PATTERN = Pattern.compile(
            "(?<![\\p{L}.])((?i:e\\.g\\.|i\\.e\\.|etc\\.|viz\\.|cf\\.|et al\\.|a\\.m\\.|p\\.m\\.))(\\s+\\p{Lu}|\\s*$)?");
    private static final Pattern TITLES_PATTERN = Pattern.compile(
            "(?<![\\p{L}.])(" + String.join("|", TITLES.keySet()) + ")\\.(?=\\s+\\S)");
    private static final Pattern BEFORE_NAME_PATTERN = Pattern.compile(
            "(?<![\\p{L}.])(" + String.join("|", BEFORE_NAME.keySet()) + ")\\.(?=\\s*[\\p{Lu}\\d])");
    private static final Pattern BEFORE_NUMBER_PATTERN = Pattern.compile(
            "(?<![\\p{L}.])(" + String.join("|", BEFORE_NUMBER.keySet()) + ")\\.(?=\\s*(?:\\d|[IVXLC]+\\b))");
    private static final Pattern AFTER_PATTERN = Pattern.compile(
            "(?<![\\p{L}.])(" + String.join("|", AFTER.keySet()) + ")\\.");
    private static final Pattern SAINT_OR_STREET = Pattern.compile("(?<![\\p{L}.])(St|Dr)\\.(\\s*)");
    private static final Pattern MONSIEUR = Pattern.compile("(?<![\\p{L}.])(MM?)\\.(?=\\s+\\p{Lu}\\p{Ll})");
    private static final char CAPITALS_MARK = '\uE000';
    private static final Pattern MARKED_WORD = Pattern.compile(CAPITALS_MARK + "(\\p{L}*)");
    private static final Pattern CAPITALS_BEFORE_STOP = Pattern.compile("(?<![\\p{L}.])(\\p{Lu}{2,7})\\.");
    private static final Pattern PREVIOUS_CAPITALIZED = Pattern.compile("(?:\\p{Lu}\\p{L}*|\\d+\\p{L}?)\\s*$");
    /** "The St. James", "AT ST. PAUL'S": a word before "St." that is not the name of a street. */
    private static final Pattern PREVIOUS_NOT_A_NAME = Pattern.compile(
            "(?i)(?:^|\\s)(?:the|a|an|at|of|in|to|by|from|and|or|near|on)\\s*$");
    private static final Pattern NEXT_IN_CAPITALS = Pattern.compile("^\\p{Lu}{2,}");
    private static final Pattern NEXT_CAPITALIZED = Pattern.compile("^\\p{Lu}");
    /** A capital word after "St." that starts a new sentence rather than naming a saint. */
    private static final Pattern NEXT_STARTS_SENTENCE = Pattern.compile(
            "^(?:The|A|An|He|She|It|They|We|I|You|But|And|In|On|At|There|This|That|His|Her|Their)\\b");

    private Abbreviations() {}

    private static java.util.Set<String> allWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        words.addAll(TITLES.keySet());
        words.addAll(BEFORE_NAME.keySet());
        words.addAll(BEFORE_NUMBER.keySet());
        words.addAll(AFTER.keySet());
        words.addAll(java.util.List.of("St", "Dr", "M", "MM"));
        LATIN.keySet().forEach(latin -> words.add(latin.substring(0, latin.indexOf('.'))));
        return java.util.Set.copyOf(words);
    }

    /**
     * The words whose full stop ends no sentence, as they stand before it: titles, and words that stand
     * before a name or a number ("Dr. Watson", "St. Paul", "Vol. II").
     */
    static java.util.Set<String> beforeAName() {
        java.util.Set<String> words = new java.util.HashSet<>(TITLES.keySet());
        words.addAll(BEFORE_NAME.keySet());
        // Lower-case "no." and "p." end sentences too often ("I said no."); before a number they are not cut.
        BEFORE_NUMBER.keySet().stream().filter(w -> Character.isUpperCase(w.charAt(0))).forEach(words::add);
        words.addAll(java.util.List.of("St", "Dr"));
        return java.util.Set.copyOf(words);
    }

    static String expand(String s) {
        if (!mayHoldAbbreviation(s)) {
            return s;
        }
        String t = monsieur(saintOrStreet(latin(inTitleCase(s))));
        t = TITLES_PATTERN.matcher(t).replaceAll(m -> TITLES.get(m.group(1)));
        t = BEFORE_NAME_PATTERN.matcher(t).replaceAll(m -> BEFORE_NAME.get(m.group(1)));
        String expanded = BEFORE_NUMBER_PATTERN.matcher(t).replaceAll(m -> BEFORE_NUMBER.get(m.group(1)));
        String done = AFTER_PATTERN.matcher(expanded)
                .replaceAll(m -> AFTER.get(m.group(1)) + sentenceEnd(expanded, m.end()));
        return done.indexOf(CAPITALS_MARK) < 0 ? done : Rewrites.replace(MARKED_WORD, done,
                m -> m.group(1).toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * "MR." and "ST." in capitals are read by the rules below as "Mr." and "St.", marked so that their
     * words come out in capitals again ("ST. JAGO" is "SAINT JAGO") and are read with the line around them.
     */
    private static String inTitleCase(String s) {
        return Rewrites.replace(CAPITALS_BEFORE_STOP, s, m -> {
            String word = titleCase(m.group(1));
            return ALL_WORDS.contains(word) ? CAPITALS_MARK + word + "." : m.group();
        });
    }

    private static String titleCase(String capitals) {
        return capitals.charAt(0) + capitals.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** One scan for a short word before a full stop that is one of ours, or a Latin abbreviation. */
    private static boolean mayHoldAbbreviation(String s) {
        Matcher m = WORD_BEFORE_STOP.matcher(s);
        while (m.find()) {
            String word = m.group(1);
            if (ALL_WORDS.contains(word) || ALL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))
                    || ALL_WORDS.contains(titleCase(word))) {
                return true;
            }
        }
        return false;
    }

    private static String latin(String s) {
        Matcher m = LATIN_PATTERN.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String words = LATIN.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            // "etc." before a capital or at the end also closes the sentence.
            String after = m.group(2) == null ? "" : "." + m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(words + after));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * "M. Morrel" is "Monsieur Morrel" and "MM. Danglars and Villefort" "Messieurs": "M." before a name
     * and not after one, where it is an initial ("Henry M. Stanley").
     */
    private static String monsieur(String s) {
        Matcher m = MONSIEUR.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean initial = PREVIOUS_CAPITALIZED.matcher(s.substring(Math.max(0, m.start() - 30), m.start())).find();
            String word = m.group(1).equals("M") ? "Monsieur" : "Messieurs";
            m.appendReplacement(out, Matcher.quoteReplacement(initial ? m.group() : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "St. Paul" and "Dr. Watson" come before a name; "Baker St." and "Elm Dr." after one. */
    private static String saintOrStreet(String s) {
        Matcher m = SAINT_OR_STREET.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = s.substring(Math.max(0, m.start() - 30), m.start());
            String next = s.substring(m.end());
            // In a line of capitals every word is capitalised, so that says nothing of a name.
            boolean afterName = PREVIOUS_CAPITALIZED.matcher(before).find() && !PREVIOUS_NOT_A_NAME.matcher(before).find()
                    && !NEXT_IN_CAPITALS.matcher(next).find();
            boolean beforeName = NEXT_CAPITALIZED.matcher(next).find()
                    && !(afterName && NEXT_STARTS_SENTENCE.matcher(next).find());
            String word;
            if (m.group(1).equals("St")) {
                word = afterName || !beforeName ? "Street" : "Saint";
            } else {
                word = afterName && !beforeName ? "Drive" : "Doctor";
            }
            String rest = afterName && !beforeName ? sentenceEnd(s, m.end() - m.group(2).length()) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(word + rest + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The full stop of an abbreviation that ends a sentence stays, so the voice still pauses. */
    private static String sentenceEnd(String s, int afterStop) {
        String rest = s.substring(afterStop).stripLeading();
        return rest.isEmpty() || Character.isUpperCase(rest.codePointAt(0)) ? "." : "";
    }
}
