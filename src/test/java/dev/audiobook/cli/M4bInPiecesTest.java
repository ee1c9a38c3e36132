package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.audiobook.output.AacPieces;
import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.CueSheetFile;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.FfprobeChapters;
import dev.audiobook.testing.NovelGenerator;
import dev.audiobook.testing.WavFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long m4b is encoded in pieces of whole chapters on every core and joined without encoding again: the
 * joined file lines up with the WAV sample for sample (within one AAC frame), its joins are as clean as the
 * rest of it, and an edit encodes only the piece it falls in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class M4bInPiecesTest {
    private static final int RATE = 16000;

    @TempDir
    static Path dir;

    private static Path novel;
    private static Path out;

    @BeforeAll
    static void aNovelOfThreeChaptersAsWavAndM4b() throws Exception {
        ExternalTool.require("ffmpeg", "ffmpeg");
        novel = dir.resolve("novel.txt");
        NovelGenerator.write(novel, 30);
        out = dir.resolve("out");
        CommandRun run = CommandRun.of(novel.toString(), "-o", out.toString(), "-q", "--format", "wav,m4b", "-j", "2");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
    }

    @Test
    @Order(1)
    void theJoinedM4bLinesUpWithTheWavAndItsJoinsAreClean() throws Exception {
        Path wavFile = out.resolve("novel.wav");
        short[] wav = WavFile.read(wavFile).samples(wavFile);
        short[] m4b = decoded(out.resolve("novel.m4b"));
        CueSheetFile cue = CueSheetFile.read(out.resolve("novel.cue"));

        assertThat(pieces()).hasSize(cue.tracks().size());
        assertThat(Math.abs(m4b.length - wav.length)).as("decoded length against the WAV's").isLessThan(AacPieces.FRAME);
        List<FfprobeChapters.Chapter> chapters = FfprobeChapters.read(out.resolve("novel.m4b"));
        assertThat(chapters).hasSameSizeAs(cue.tracks());
        double frameSeconds = AacPieces.FRAME / (double) RATE;
        for (int i = 0; i < chapters.size(); i++) {
            assertThat(chapters.get(i).startSeconds()).isCloseTo(cue.tracks().get(i).seconds(), within(frameSeconds));
        }
        double overall = errorRms(wav, m4b, 0, wav.length);
        assertThat(signalRms(wav, 0, wav.length) / overall).as("signal to error, overall").isGreaterThan(5.0);
        for (int i = 1; i < cue.tracks().size(); i++) {
            int join = (int) Math.round(cue.tracks().get(i).seconds() * RATE);
            double atJoin = errorRms(wav, m4b, join - 4 * AacPieces.FRAME, join + 4 * AacPieces.FRAME);
            assertThat(atJoin).as("error around the join at %d", join).isLessThanOrEqualTo(2 * overall);
        }
    }

    @Test
    @Order(2)
    void anEditInTheLastChapterEncodesOnlyItsPieceAgain() throws Exception {
        Map<String, FileTime> before = pieces();
        String text = Files.readString(novel);
        int last = text.lastIndexOf(" the ");
        Files.writeString(novel, text.substring(0, last) + " the old" + text.substring(last + 4));

        CommandRun run = CommandRun.of(novel.toString(), "-o", out.toString(), "-q", "--format", "wav,m4b");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Map<String, FileTime> after = pieces();
        assertThat(after).hasSameSizeAs(before);
        long kept = after.entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey()))).count();
        assertThat(kept).isEqualTo(before.size() - 1);
    }

    @Test
    @Order(3)
    void aDamagedPieceIsEncodedAgainWithOneWarningAndTheM4bIsAsBefore() throws Exception {
        byte[] m4b = Files.readAllBytes(out.resolve("novel.m4b"));
        Map<String, FileTime> before = pieces();
        Path damaged = out.resolve(".cache/aac").resolve(before.keySet().iterator().next());
        byte[] piece = Files.readAllBytes(damaged);
        for (int i = 1000; i < piece.length; i += 997) {
            piece[i] ^= (byte) 0xff;
        }
        Files.write(damaged, piece);
        Files.delete(out.resolve("novel.m4b"));

        CommandRun run = CommandRun.of(novel.toString(), "-o", out.toString(), "-q", "--format", "wav,m4b");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr().lines()).containsExactly(
                "audiobook: warning: " + damaged + " was damaged; it is encoded again");
        assertThat(Files.readAllBytes(out.resolve("novel.m4b"))).isEqualTo(m4b);
        Map<String, FileTime> after = pieces();
        long kept = after.entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey()))).count();
        assertThat(kept).isEqualTo(before.size() - 1);
    }

    private static Map<String, FileTime> pieces() throws IOException {
        Map<String, FileTime> pieces = new TreeMap<>();
        try (Stream<Path> files = Files.list(out.resolve(".cache/aac"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".aac")).toList()) {
                pieces.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
            }
        }
        return pieces;
    }

    private static short[] decoded(Path m4b) throws Exception {
        Path raw = dir.resolve("decoded.raw");
        ExternalTool.Result decoding = ExternalTool.run("ffmpeg", "-nostdin", "-y", "-v", "error", "-i", m4b.toString(),
                "-f", "s16le", "-ac", "1", "-ar", Integer.toString(RATE), raw.toString());
        assertThat(decoding.exitCode()).as(decoding.stderr()).isZero();
        byte[] bytes = Files.readAllBytes(raw);
        short[] samples = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    private static double errorRms(short[] wav, short[] decoded, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, Math.min(wav.length, decoded.length)); i++) {
            double d = wav[i] - decoded[i];
            sum += d * d;
            n++;
        }
        return Math.sqrt(sum / n);
    }

    private static double signalRms(short[] wav, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) wav[i] * wav[i];
        }
        return Math.sqrt(sum / (to - from));
    }
}
