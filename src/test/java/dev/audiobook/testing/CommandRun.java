package dev.audiobook.testing;

import dev.audiobook.cli.AudiobookCommand;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The command run in-process, as a user runs it, with what it printed. */
public record CommandRun(int exitCode, String stdout, String stderr) {
    public static CommandRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AudiobookCommand.run(args, out, err);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
