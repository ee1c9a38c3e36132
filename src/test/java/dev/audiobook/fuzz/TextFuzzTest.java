package dev.audiobook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Bytes in any encoding, as a plain-text book: decoding, mojibake repair, Gutenberg stripping, printing
 * artefacts, blocks, chapters, segments and the spoken text. The seeds are in
 * {@code src/test/resources/dev/audiobook/fuzz/TextFuzzTestInputs/plainText}; the README says how to fuzz
 * for longer.
 */
class TextFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void plainText(byte[] bytes) {
        FuzzedInputs.plan(bytes, "book.txt").ifPresent(FuzzedInputs::checkSpeakable);
    }
}
