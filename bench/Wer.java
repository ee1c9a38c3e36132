import java.nio.file.Files;
import java.nio.file.Path;

/** The word error rate of a transcript against its text: java -cp target/test-classes bench/Wer.java TEXT HEARD */
public class Wer {
    public static void main(String[] args) throws Exception {
        System.out.printf("%.3f%n", dev.audiobook.testing.WordErrorRate.of(Files.readString(Path.of(args[0])),
                Files.readString(Path.of(args[1]))));
    }
}
