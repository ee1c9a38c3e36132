package dev.audiobook.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files this run has made and not yet moved into place or removed, so that an interrupted run
 * (Ctrl-C, kill) removes them on its way out instead of leaving them for a later run to find.
 */
public final class TempFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private TempFiles() {}

    static Path track(Path temp) {
        LIVE.add(temp.toAbsolutePath());
        return temp;
    }

    static void untrack(Path temp) {
        LIVE.remove(temp.toAbsolutePath());
    }

    /** Removes every temporary file still there; returns how many it removed. */
    public static int removeAll() {
        int removed = 0;
        for (Path temp : Set.copyOf(LIVE)) {
            try {
                if (Files.deleteIfExists(temp)) {
                    removed++;
                }
            } catch (IOException leftForLater) {
                // AtomicFile.removeAbandoned clears it on a later run.
            }
            LIVE.remove(temp);
        }
        return removed;
    }
}
