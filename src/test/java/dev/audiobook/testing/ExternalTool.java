package dev.audiobook.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a Debian tool (ffprobe, cuebreakpoints, pocketsphinx); a test needing a missing one is skipped, saying why. */
public final class ExternalTool {
    private ExternalTool() {}

    public record Result(int exitCode, String stdout, String stderr) {}

    /** Skips the calling test, visibly, when the tool is not on PATH. */
    public static void require(String tool, String debianPackage) {
        boolean present = isOnPath(tool);
        if (!present) {
            System.err.println("SKIPPED: " + tool + " is not installed (apt-get install " + debianPackage
                    + "); .ci/run installs it");
        }
        assumeTrue(present, tool + " is not installed (apt-get install " + debianPackage + ")");
    }

    public static boolean isOnPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    public static Result run(String... command) throws IOException, InterruptedException {
        return run(List.of(command));
    }

    public static Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("tool", ".out");
        Path err = Files.createTempFile("tool", ".err");
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
