package dev.audiobook.cli;

import dev.audiobook.output.TempFiles;
import java.io.PrintStream;

/**
 * What a run does when Ctrl-C or kill (SIGINT, SIGTERM) stops it: the JVM runs this on its way out, which
 * stops the encoders, removes this run's temporary files and says in one line how far it got. The segments
 * made so far are already in the cache, whose entries guard themselves with a checksum, so the next run
 * goes on from there. Java then exits with 130 or 143, as a shell expects of a process stopped so.
 */
final class Interruption {
    private static volatile boolean finished;
    private static volatile int done;
    private static volatile int total;
    private static volatile boolean cached = true;

    private Interruption() {}

    static void install(PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (finished) {
                return;
            }
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
            TempFiles.removeAll();
            err.println(total == 0 ? "audiobook: interrupted"
                    : cached ? "audiobook: interrupted; " + done + " of " + total
                            + " segments are kept in the cache, run again to finish"
                            : "audiobook: interrupted; with --no-cache nothing is kept, run again to start over");
            err.flush();
        }, "interrupted"));
    }

    /** The run ends as it means to: nothing to say on the way out. */
    static void finished() {
        finished = true;
    }

    /** How far the book being made is. */
    static void progress(int segmentsDone, int segments, boolean kept) {
        done = segmentsDone;
        total = segments;
        cached = kept;
    }
}
