package dev.audiobook.tts;

import com.sun.speech.freetts.lexicon.Lexicon;
import dev.audiobook.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A pronunciation lexicon: words the voice gets wrong, each with how to say it, as a respelling in
 * ordinary words ({@code Hermione = her my oh nee}) or as ARPAbet phones like the CMU dictionary's
 * ({@code Siobhan = /SH IH0 V AO1 N/}). Lines starting with # are comments. It is applied through
 * FreeTTS's own lexicon, so the words are spoken that way wherever they appear.
 */
public record Pronunciations(Map<String, String> entries) {
    public static final Pronunciations NONE = new Pronunciations(Map.of());
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+(?:['-]\\p{L}+)*");
    private static final Set<String> ARPABET = Set.of("aa", "ae", "ah", "ao", "aw", "ax", "axr", "ay", "b", "ch",
            "d", "dh", "eh", "er", "ey", "f", "g", "hh", "ih", "iy", "jh", "k", "l", "m", "n", "ng", "ow", "oy", "p",
            "r", "s", "sh", "t", "th", "uh", "uw", "v", "w", "y", "z", "zh");

    public Pronunciations {
        entries = Map.copyOf(entries);
    }

    public static Pronunciations load(Path file) throws UserError {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read the pronunciation lexicon: " + e.getMessage(), e);
        }
        Map<String, String> entries = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            int equals = line.indexOf('=');
            if (equals <= 0 || equals == line.length() - 1) {
                throw new UserError(where + "write 'word = respelling' or 'word = /ARPAbet phones/', not '" + line + "'");
            }
            String word = line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String said = line.substring(equals + 1).strip();
            if (!word.matches("[\\p{L}'-]+")) {
                throw new UserError(where + "'" + word + "' is not a single word");
            }
            if (said.startsWith("/")) {
                phones(said, where);
            }
            entries.put(word, said);
        }
        return new Pronunciations(entries);
    }

    /** Adds each word to the voice's lexicon. */
    void applyTo(Lexicon lexicon) {
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String[] phones;
            if (e.getValue().startsWith("/")) {
                phones = phonesUnchecked(e.getValue());
            } else {
                List<String> joined = new ArrayList<>();
                for (String word : e.getValue().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                    String[] wordPhones = lexicon.getPhones(word, null);
                    if (wordPhones != null) {
                        joined.addAll(Arrays.asList(wordPhones));
                    }
                }
                phones = joined.toArray(String[]::new);
            }
            lexicon.addAddendum(e.getKey(), null, phones);
        }
    }

    /** Whether a word is given as phones, which only FreeTTS's lexicon takes. */
    public boolean hasPhones() {
        return entries.values().stream().anyMatch(said -> said.startsWith("/"));
    }

    /** The text with each word of the lexicon replaced by its respelling, for engines whose lexicon is closed. */
    String respelled(String text) {
        if (entries.isEmpty()) {
            return text;
        }
        java.util.regex.Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (word.find()) {
            String found = word.group().toLowerCase(Locale.ROOT);
            // A possessive is the word's own respelling with its 's.
            String suffix = !entries.containsKey(found) && found.endsWith("'s") ? "'s" : "";
            String said = entries.get(found.substring(0, found.length() - suffix.length()));
            word.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    said == null || said.startsWith("/") ? word.group() : said + suffix));
        }
        return word.appendTail(out).toString();
    }

    /** For cache keys: what the words are said as. */
    public String describe() {
        return entries.toString();
    }

    /** "/SH IH0 V AO1 N/" as FreeTTS writes phones: lower case, stress 1 kept, secondary and none dropped. */
    private static String[] phones(String slashed, String where) throws UserError {
        String inner = slashed.replaceAll("^/|/$", "").strip();
        if (!slashed.endsWith("/") || inner.isEmpty()) {
            throw new UserError(where + "phones go between slashes, like /HH AH0 L OW1/");
        }
        String[] phones = phonesUnchecked(slashed);
        for (String phone : phones) {
            if (!ARPABET.contains(phone.replaceAll("1$", ""))) {
                throw new UserError(where + "'" + phone.toUpperCase(Locale.ROOT) + "' is not an ARPAbet phone");
            }
        }
        return phones;
    }

    private static String[] phonesUnchecked(String slashed) {
        String inner = slashed.replaceAll("^/|/$", "").strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(inner.split("\\s+"))
                .map(p -> p.replaceAll("0$", "").replaceAll("2$", "1"))
                .toArray(String[]::new);
    }
}
