package dev.audiobook.tts;

import java.io.PrintStream;

/**
 * FreeTTS prints "Can't find diphone y-t" on System.err whenever a word needs a pair of sounds its voice
 * does not have, and then uses a stand-in; and "FreeTTSSpeakableImpl:Wait interrupted" whenever a voice is
 * stopped mid-sentence, as every voice is when a run stops for an error. Neither tells a listener anything
 * they can act on, and they break the progress bar, {@code -q} and the one line an error is told in, so
 * those lines are dropped; everything else passes through. The command's own messages do not go through
 * System.err as it is after this, but through the stream it was given at the start.
 */
final class FreeTtsWarnings {
    private FreeTtsWarnings() {}

    static synchronized void dropEngineChatter() {
        if (!(System.err instanceof WithoutEngineChatter)) {
            System.setErr(new WithoutEngineChatter(System.err));
        }
    }

    private static final class WithoutEngineChatter extends PrintStream {
        WithoutEngineChatter(PrintStream err) {
            super(err, true);
        }

        @Override
        public void println(String line) {
            if (line == null || !(line.startsWith("Can't find diphone") || line.startsWith("Can't load diphone")
                    || line.startsWith("FreeTTSSpeakableImpl:"))) {
                super.println(line);
            }
        }
    }
}
