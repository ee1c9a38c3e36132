package dev.audiobook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * FictionBook and RTF documents from untrusted bytes, through the whole of planning: a refusal in one
 * line is a right answer, any other exception or an unspeakable plan a finding. The seeds are pandoc's
 * and LibreOffice's documents of a made-up story and a hand-written windows-1251 FictionBook.
 */
class FictionBookRtfFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void fictionBook(byte[] bytes) {
        FuzzedInputs.plan(bytes, "book.fb2").ifPresent(FuzzedInputs::checkSpeakable);
    }

    @FuzzTest(maxDuration = "10s")
    void rtf(byte[] bytes) {
        FuzzedInputs.plan(bytes, "book.rtf").ifPresent(FuzzedInputs::checkSpeakable);
    }
}
