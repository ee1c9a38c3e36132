package dev.audiobook.tts;

import java.io.PrintStream;

/**
 * FreeTTS prints "Can't find diphone y-t" on System.err whenever a word needs a pair of sounds its voice
 * does not have, and then uses a stand-in. The line tells a listener nothing they can act on, and it
 * breaks the progress bar and {@code -q}, so those lines are dropped; everything else passes through.
 * The command's own messages do not go through System.err as it is after this, but through the stream it
 * was given at the start.
 */
final class FreeTtsWarnings {
    private FreeTtsWarnings() {}

    static synchronized void dropMissingDiphoneLines() {
        if (!(System.err instanceof WithoutDiphoneLines)) {
            System.setErr(new WithoutDiphoneLines(System.err));
        }
    }

    private static final class WithoutDiphoneLines extends PrintStream {
        WithoutDiphoneLines(PrintStream err) {
            super(err, true);
        }

        @Override
        public void println(String line) {
            if (line == null || !(line.startsWith("Can't find diphone") || line.startsWith("Can't load diphone"))) {
                super.println(line);
            }
        }
    }
}
