package dev.audiobook.cli;

import dev.audiobook.render.SynthesisProgress;
import java.io.PrintWriter;

/**
 * Shows synthesis progress on stderr: one line redrawn in place on a terminal, otherwise a plain line
 * every few seconds so logs stay readable.
 */
final class ProgressReporter implements SynthesisProgress {
    private static final long PLAIN_LINE_INTERVAL_NANOS = 10_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private long lastPlainLineNanos = startNanos;

    ProgressReporter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void segmentWritten(int done, int total, double audioSeconds) {
        long now = System.nanoTime();
        double elapsed = (now - startNanos) / 1e9;
        double left = done == 0 ? 0 : elapsed * (total - done) / done;
        String status = String.format("%d/%d segments, %s of audio, %s left",
                done, total, Durations.format(audioSeconds), Durations.format(left));
        if (terminal) {
            int filled = (int) ((long) BAR_WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + status + "  ");
            if (done == total) {
                err.println();
            }
            err.flush();
        } else if (now - lastPlainLineNanos >= PLAIN_LINE_INTERVAL_NANOS || done == total) {
            lastPlainLineNanos = now;
            err.println("  " + status);
            err.flush();
        }
    }
}
