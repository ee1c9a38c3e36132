package dev.audiobook.cli;

/** Entry point: the only place that exits the JVM. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Interruption.install(System.err);
        int code = AudiobookCommand.run(args, System.out, System.err);
        Interruption.finished();
        System.exit(code);
    }
}
