package dev.audiobook.cli;

import java.util.Locale;

/** Durations as people read them: "0.4 s", "42 s", "3 min 05 s", "2 h 07 min". */
final class Durations {
    private Durations() {}

    static String format(double seconds) {
        if (seconds < 9.95) {
            // A re-run that finds little to do takes under a second, which "0 s" would hide.
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format("%d min %02d s", s / 60, s % 60);
        }
        return String.format("%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
