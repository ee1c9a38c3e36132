package dev.audiobook.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentencesTest {
    /** Each case: the text, and its sentences joined by " | ". */
    static Stream<Arguments> knownSplits() {
        return Stream.of(
                Arguments.of("Mr. Smith went to Washington. He arrived late.",
                        "Mr. Smith went to Washington. | He arrived late."),
                Arguments.of("Use a tool, e.g. this one. Then stop.", "Use a tool, e.g. this one. | Then stop."),
                Arguments.of("Dr. Watson met St. Paul's dean. Prof. X smiled.",
                        "Dr. Watson met St. Paul's dean. | Prof. X smiled."),
                Arguments.of("\"Is it far?\" she asked. \"Not far.\" He smiled.",
                        "\"Is it far?\" she asked. | \"Not far.\" | He smiled."),
                Arguments.of("\u2018Go.\u2019 He went.", "\u2018Go.\u2019 | He went."),
                Arguments.of("He said \u201CGo home.\u201D Then he left.", "He said \u201CGo home.\u201D | Then he left."),
                Arguments.of("What?! No way. Really?!", "What?! | No way. | Really?!"),
                Arguments.of("Wait... what was that? Wait... What was that?",
                        "Wait... what was that? | Wait... | What was that?"),
                Arguments.of("It cost 3.50 dollars. The rate was 2.5 per cent.",
                        "It cost 3.50 dollars. | The rate was 2.5 per cent."),
                Arguments.of("Chapter One", "Chapter One"),
                Arguments.of("CHAPTER IV\nThe Storm", "CHAPTER IV\nThe Storm"),
                Arguments.of("II. RAIN", "II. RAIN"),
                Arguments.of("J. R. Hartley wrote it. He was old.", "J. R. Hartley wrote it. | He was old."),
                Arguments.of("I saw U.S. troops. They left.", "I saw U.S. troops. | They left."),
                Arguments.of("It is in Vol. II of the set. Read it.", "It is in Vol. II of the set. | Read it."),
                Arguments.of("\u201CLeft?\u2014M. Danglars left? Where has he gone?\u201D",
                        "\u201CLeft?\u2014M. Danglars left? | Where has he gone?\u201D"),
                Arguments.of("One line\nwrapped. Two.", "One line\nwrapped. | Two."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownSplits")
    void splitsAtSentenceEndsOnly(String text, String expected) {
        assertThat(String.join(" | ", Sentences.split(text))).isEqualTo(expected);
    }

    @Test
    void whiteSpaceAloneHasNoSentences() {
        assertThat(Sentences.split("  \n ")).isEmpty();
        assertThat(Sentences.split("")).isEmpty();
    }

    @Test
    void aBooksLanguageChoosesTheRulesAndEnglishIsTheDefault() {
        assertThat(Sentences.localeOf(java.util.Optional.of("fr-CA")).getLanguage()).isEqualTo("fr");
        assertThat(Sentences.localeOf(java.util.Optional.empty()).getLanguage()).isEqualTo("en");
        assertThat(Sentences.localeOf(java.util.Optional.of(" ")).getLanguage()).isEqualTo("en");
    }

    private static final List<String> WORDS = List.of("the", "road", "went", "past", "a", "mill", "and", "over",
            "bridge", "water", "ran", "cold", "she", "said", "nothing", "for", "long", "time", "lamps", "were", "lit");
    /** Pieces that hold a full stop or a mark but end no sentence. */
    private static final List<String> INSIDE = List.of("Mr. Smith", "Mrs. Jones", "Dr. Watson", "e.g. this",
            "i.e. that", "3.5 miles", "0.25 inches", "at 10.30", "U.S. troops", "then... later", "St. Paul", "Vol. II");
    private static final List<String> ENDS = List.of(".", "?", "!", "?!", "!!", "...");

    /**
     * Paragraphs drawn from a small grammar of sentences, each with its known sentences: words, a piece that
     * holds a full stop without ending a sentence, a quoted sentence, one of the marks that end one.
     */
    @Test
    void generatedParagraphsSplitIntoTheSentencesTheyWereMadeOf() {
        Random random = new Random(27);
        for (int n = 0; n < 400; n++) {
            List<String> sentences = new ArrayList<>();
            for (int s = 1 + random.nextInt(5); s > 0; s--) {
                sentences.add(sentence(random));
            }
            String paragraph = String.join(random.nextInt(4) == 0 ? "  " : " ", sentences);
            assertThat(Sentences.split(paragraph)).as(paragraph).containsExactlyElementsOf(sentences);
        }
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        int words = 2 + random.nextInt(8);
        int inside = random.nextInt(3) == 0 ? random.nextInt(words) : -1;
        for (int w = 0; w < words; w++) {
            s.append(w == 0 ? "" : " ").append(w == inside ? pick(random, INSIDE) : pick(random, WORDS));
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        s.append(pick(random, ENDS));
        return random.nextInt(5) == 0 ? "\u201C" + s + "\u201D" : s.toString();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
