package dev.audiobook.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.audiobook.AudiobookPlan;
import dev.audiobook.book.Segment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property that nothing is silently lost: every word of a generated book's body reaches the spoken
 * text, in order. Checked on 200 seeded books in every test run (-Dnothing-lost.seeds=N for more), and
 * driven by the fuzzer's choices when it fuzzes.
 */
class NothingLostTest {
    static Stream<Long> seeds() {
        return LongStream.range(0, Long.getLong("nothing-lost.seeds", 200)).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyBodyWordIsSpokenInOrder(long seed) {
        assertAllSpoken(GeneratedBook.generate(GeneratedBook.Choices.of(new Random(seed))));
    }

    @FuzzTest(maxDuration = "10s")
    void everyBodyWordIsSpokenInOrderOfFuzzedBooks(FuzzedDataProvider data) {
        assertAllSpoken(GeneratedBook.generate(data::consumeInt));
    }

    @org.junit.jupiter.api.Test
    void aWordLeftOutOrOutOfOrderIsCaught() {
        GeneratedBook book = GeneratedBook.generate(GeneratedBook.Choices.of(new Random(7)));
        List<String> words = book.bodyWords();
        List<String> oneMore = new java.util.ArrayList<>(words);
        oneMore.add("zzyzzx");
        List<String> swapped = new java.util.ArrayList<>(words);
        swapped.add(0, words.get(words.size() - 1));
        swapped.add(words.get(0));
        assertThatThrownBy(() -> assertAllSpoken(new GeneratedBook(book.bytes(), book.text(), oneMore)))
                .hasMessageContaining("\"zzyzzx\"");
        assertThatThrownBy(() -> assertAllSpoken(new GeneratedBook(book.bytes(), book.text(), swapped)))
                .isInstanceOf(AssertionError.class);
    }

    private static void assertAllSpoken(GeneratedBook book) {
        AudiobookPlan plan = FuzzedInputs.plan(book.bytes(), "book.txt")
                .orElseThrow(() -> new AssertionError("refused a book with words:\n" + book.text()));
        FuzzedInputs.checkSpeakable(plan);
        List<String> spoken = plan.segments().stream().map(Segment::text)
                .flatMap(text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+")))
                .filter(word -> !word.isEmpty())
                .toList();
        int at = 0;
        for (int w = 0; w < book.bodyWords().size(); w++) {
            String word = book.bodyWords().get(w);
            while (at < spoken.size() && !spoken.get(at).equals(word)) {
                at++;
            }
            int found = at;
            assertThat(found).as("body word %d, \"%s\", after \"%s\", in the spoken text of\n%s", w, word,
                    String.join(" ", book.bodyWords().subList(Math.max(0, w - 8), w)), book.text())
                    .isLessThan(spoken.size());
            at++;
        }
    }
}
