package dev.audiobook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * PDFs from untrusted bytes, through the whole of planning: a damaged, hostile or encrypted file is refused
 * in one line or read, never a crash. The seed is a small two-chapter PDF with an outline, a running head
 * and page numbers (made by WeasyPrint from a made-up text).
 */
class PdfFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void pdf(byte[] bytes) {
        FuzzedInputs.plan(bytes, "book.pdf").ifPresent(FuzzedInputs::checkSpeakable);
    }
}
