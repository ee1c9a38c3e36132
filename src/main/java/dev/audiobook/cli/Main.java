package dev.audiobook.cli;

/** Entry point: the only place that exits the JVM. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(AudiobookCommand.run(args, System.out, System.err));
    }
}
