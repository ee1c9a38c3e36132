package dev.audiobook.tts;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The speech engines a voice profile can name: FreeTTS, inside the tool, and Flite and espeak-ng, programs
 * Debian ships, run once per sentence.
 */
public enum Engine {
    FREETTS("freetts", null, "FreeTTS"),
    FLITE("flite", "flite", "Flite"),
    ESPEAK_NG("espeak-ng", "espeak-ng", "espeak-ng");

    private static final ConcurrentHashMap<Engine, String> VERSIONS = new ConcurrentHashMap<>();

    private final String key;
    private final String program;
    private final String displayName;

    Engine(String key, String program, String displayName) {
        this.key = key;
        this.program = program;
        this.displayName = displayName;
    }

    /** The engine as a profile names it: freetts, flite or espeak-ng. */
    public String key() {
        return key;
    }

    /** The engine's name for people and for the tags: "Flite". */
    public String displayName() {
        return displayName;
    }

    public static Optional<Engine> named(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The program this engine runs, found on the PATH; FreeTTS is inside the tool. */
    public boolean installed() {
        return program == null || onPath(program).isPresent();
    }

    /** The one line that says how to get the engine. */
    public String installHint() {
        return program + " is not installed; install it with: sudo apt install " + program;
    }

    /** What the engine says of its version, part of every cache key: new engines may say things differently. */
    public String version() {
        if (program == null) {
            return "freetts-1.2.2";
        }
        return VERSIONS.computeIfAbsent(this, e -> e.ask("--version"));
    }

    String program() {
        return onPath(program).map(Path::toString).orElse(program);
    }

    /** What the program prints for these arguments, or an empty string when it cannot run. */
    String ask(String... arguments) {
        List<String> command = new ArrayList<>(List.of(program()));
        command.addAll(List.of(arguments));
        try {
            return new String(EngineOutput.run(command, ""), StandardCharsets.UTF_8).strip();
        } catch (IllegalStateException | UncheckedIOException e) {
            return "";
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
