package dev.audiobook.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cue sheet read back line by line, for tests. */
public record CueSheetFile(String performer, String title, String file, List<Track> tracks) {
    private static final Pattern QUOTED = Pattern.compile("\\s*(\\w+) \"([^\"]*)\"(.*)");
    private static final Pattern TRACK = Pattern.compile("\\s*TRACK (\\d\\d) AUDIO");
    private static final Pattern INDEX = Pattern.compile("\\s*INDEX 01 (\\d+):(\\d\\d):(\\d\\d)");

    /** A track and where it starts, in CD frames (1/75 s). */
    public record Track(int number, String title, long cdFrames) {
        public double seconds() {
            return cdFrames / 75.0;
        }
    }

    public static CueSheetFile read(Path path) throws IOException {
        String performer = null, title = null, file = null;
        List<Track> tracks = new ArrayList<>();
        int number = 0;
        String trackTitle = null;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            Matcher t = TRACK.matcher(line);
            Matcher q = QUOTED.matcher(line);
            Matcher i = INDEX.matcher(line);
            if (t.matches()) {
                number = Integer.parseInt(t.group(1));
                trackTitle = null;
            } else if (i.matches()) {
                long frames = (Long.parseLong(i.group(1)) * 60 + Long.parseLong(i.group(2))) * 75
                        + Long.parseLong(i.group(3));
                tracks.add(new Track(number, trackTitle, frames));
            } else if (q.matches()) {
                String key = q.group(1);
                String value = q.group(2);
                if (number == 0) {
                    switch (key) {
                        case "PERFORMER" -> performer = value;
                        case "TITLE" -> title = value;
                        case "FILE" -> file = value;
                        default -> {}
                    }
                } else if (key.equals("TITLE")) {
                    trackTitle = value;
                }
            }
        }
        return new CueSheetFile(performer, title, file, tracks);
    }
}
