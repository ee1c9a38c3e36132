package dev.audiobook.fuzz;

import dev.audiobook.text.SpeechText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import dev.audiobook.testing.HardWrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A plain-text book made up from choices, in the shapes real books have: an optional Project Gutenberg
 * wrapping, a title page, a contents list, numbered chapters with or without titles, paragraphs
 * hard-wrapped or not, marks of emphasis, quotation and dashes, in UTF-8, UTF-16 or windows-1252 with
 * either line ending. Its body words are the paragraphs' words in order; each is a word the voice reads as
 * it is written, so that the spoken text must hold every one of them.
 */
record GeneratedBook(byte[] bytes, String text, List<String> bodyWords) {
    /** Where the choices come from: a seeded random source, or the fuzzer's bytes. */
    interface Choices {
        /** A number from min to max, both included. */
        int pick(int min, int max);

        default boolean chance(int percent) {
            return pick(1, 100) <= percent;
        }

        static Choices of(Random random) {
            return (min, max) -> min + random.nextInt(max - min + 1);
        }
    }

    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    private static final String[] NUMBER_WORDS = {"ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT",
        "NINE", "TEN", "ELEVEN", "TWELVE"};

    static GeneratedBook generate(Choices choose) {
        List<String> vocabulary = vocabulary(choose);
        List<String> body = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean gutenberg = choose.chance(40);
        String title = capitalised(words(choose, vocabulary, 1, 3));
        if (gutenberg) {
            text.append("The Project Gutenberg eBook of ").append(title).append("\n\n")
                    .append("This eBook is for the use of anyone anywhere at no cost.\n\n")
                    .append("Title: ").append(title).append("\n\nAuthor: Some Writer\n\n")
                    .append("*** START OF THE PROJECT GUTENBERG EBOOK ").append(title.toUpperCase(Locale.ROOT))
                    .append(" ***\n\n\n\n");
        }
        text.append(title.toUpperCase(Locale.ROOT)).append("\n\nby Some Writer\n\n\n");
        int chapters = choose.pick(2, ROMAN.length);
        int style = choose.pick(0, 3);
        List<String> titles = new ArrayList<>();
        boolean titled = choose.chance(60);
        for (int c = 0; c < chapters; c++) {
            titles.add(titled ? capitalised(words(choose, vocabulary, 1, 4)) : "");
        }
        if (choose.chance(40)) {
            text.append("CONTENTS\n\n");
            for (int c = 0; c < chapters; c++) {
                text.append(numeral(style, c)).append(titled ? "  " + titles.get(c) : "").append('\n');
            }
            text.append("\n\n");
        }
        boolean wrapped = choose.chance(60);
        for (int c = 0; c < chapters; c++) {
            text.append("\n\n").append(heading(style, c));
            if (titled) {
                text.append(choose.chance(50) ? "\n" : ". ").append(titles.get(c).toUpperCase(Locale.ROOT));
            }
            text.append("\n\n");
            int paragraphs = choose.pick(1, 5);
            for (int p = 0; p < paragraphs; p++) {
                text.append(paragraph(choose, vocabulary, body, wrapped)).append("\n\n");
            }
        }
        if (gutenberg) {
            text.append("\n\n*** END OF THE PROJECT GUTENBERG EBOOK ").append(title.toUpperCase(Locale.ROOT))
                    .append(" ***\n\nUpdated editions will replace the previous one.\n");
        }
        String written = choose.chance(30) ? text.toString().replace("\n", "\r\n") : text.toString();
        Charset charset = switch (choose.pick(0, 2)) {
            case 0 -> StandardCharsets.UTF_8;
            case 1 -> StandardCharsets.UTF_16;
            default -> Charset.forName("windows-1252");
        };
        return new GeneratedBook(written.getBytes(charset), written, body);
    }

    private static String numeral(int style, int chapter) {
        return switch (style) {
            case 0, 2 -> ROMAN[chapter] + ".";
            case 1 -> String.valueOf(chapter + 1) + ".";
            default -> NUMBER_WORDS[chapter];
        };
    }

    private static String heading(int style, int chapter) {
        return switch (style) {
            case 0 -> "CHAPTER " + ROMAN[chapter] + ".";
            case 1 -> "Chapter " + (chapter + 1);
            case 2 -> ROMAN[chapter] + ".";
            default -> "CHAPTER " + NUMBER_WORDS[chapter];
        };
    }

    /** Sentences of body words, some quoted or emphasised, some joined by a dash. */
    private static String paragraph(Choices choose, List<String> vocabulary, List<String> body, boolean wrapped) {
        StringBuilder paragraph = new StringBuilder();
        int sentences = choose.pick(1, 6);
        for (int s = 0; s < sentences; s++) {
            List<String> words = words(choose, vocabulary, 2, 14);
            body.addAll(words);
            String sentence = capitalised(String.join(" ", words));
            int mark = choose.pick(0, 9);
            sentence = switch (mark) {
                case 0 -> "\u201C" + sentence + ",\u201D";
                case 1 -> "\"" + sentence + "!\"";
                case 2 -> sentence.replaceFirst(" ", " _") + "_.";
                case 3 -> sentence.replaceFirst(" ", "--") + "?";
                case 4 -> sentence.replaceFirst(" ", ", ") + ";";
                default -> sentence + ".";
            };
            paragraph.append(s == 0 ? "" : " ").append(sentence);
        }
        return wrapped ? HardWrap.wrap(paragraph.toString(), 70) : paragraph.toString();
    }

    private static List<String> words(Choices choose, List<String> vocabulary, int min, int max) {
        int count = choose.pick(min, max);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(vocabulary.get(choose.pick(0, vocabulary.size() - 1)));
        }
        return words;
    }

    private static String capitalised(List<String> words) {
        return capitalised(String.join(" ", words));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Made-up words of two or three syllables that the voice reads as written, whatever their case. */
    private static List<String> vocabulary(Choices choose) {
        List<String> words = new ArrayList<>();
        while (words.size() < 30) {
            StringBuilder word = new StringBuilder();
            int syllables = choose.pick(2, 3);
            for (int s = 0; s < syllables; s++) {
                word.append(CONSONANTS.charAt(choose.pick(0, CONSONANTS.length() - 1)))
                        .append(VOWELS.charAt(choose.pick(0, VOWELS.length() - 1)));
                if (choose.chance(30)) {
                    word.append(CONSONANTS.charAt(choose.pick(0, CONSONANTS.length() - 1)));
                }
            }
            String w = word.toString();
            if (SpeechText.spoken(w).equals(w) && SpeechText.spoken(capitalised(w)).equals(capitalised(w))) {
                words.add(w);
            }
        }
        return words;
    }
}
