package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.AudiobookBuilder;
import dev.audiobook.AudiobookPlan;
import dev.audiobook.BookOptions;
import dev.audiobook.book.Pauses;
import dev.audiobook.render.DiskSegmentCache;
import dev.audiobook.render.SynthesisProgress;
import dev.audiobook.testing.CommandRun;
import dev.audiobook.tts.VoiceSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, same bytes; the segment cache reuses what did not change and redoes what did. */
class CacheAndDeterminismTest {
    @TempDir
    Path dir;

    private Path story() throws Exception {
        return Files.writeString(dir.resolve("story.txt"), IntStream.rangeClosed(1, 3)
                .mapToObj(c -> "Chapter " + c + "\n\n" + IntStream.rangeClosed(1, 4)
                        .mapToObj(p -> "In chapter " + c + ", paragraph " + p + " tells of the river and the road.")
                        .collect(Collectors.joining("\n\n")))
                .collect(Collectors.joining("\n\n")));
    }

    @Test
    void oneJobAndTwoJobsWriteIdenticalFiles() throws Exception {
        Path story = story();
        CommandRun one = CommandRun.of(story.toString(), "-o", dir.resolve("one").toString(), "-j", "1", "-q",
                "--no-cache");
        CommandRun two = CommandRun.of(story.toString(), "-o", dir.resolve("two").toString(), "-j", "2", "-q",
                "--no-cache");

        assertThat(one.exitCode()).isZero();
        assertThat(two.exitCode()).isZero();
        assertThat(bytes("two", "story.wav")).isEqualTo(bytes("one", "story.wav"));
        assertThat(bytes("two", "story.cue")).isEqualTo(bytes("one", "story.cue"));
        assertThat(dir.resolve("one/.cache")).doesNotExist();
    }

    @Test
    void aRerunWithNothingChangedLeavesTheFinishedFilesAsTheyAre() throws Exception {
        Path story = story();
        CommandRun first = CommandRun.of(story.toString(), "-o", dir.resolve("out").toString());
        byte[] wav = bytes("out", "story.wav");
        var modified = Files.getLastModifiedTime(dir.resolve("out/story.wav"));
        CommandRun second = CommandRun.of(story.toString(), "-o", dir.resolve("out").toString());

        assertThat(first.stderr()).contains("15 segments (15 synthesized, 0 from the cache)");
        assertThat(second.stderr()).contains("already up to date").doesNotContain("Wrote");
        assertThat(Files.getLastModifiedTime(dir.resolve("out/story.wav"))).isEqualTo(modified);
        assertThat(bytes("out", "story.wav")).isEqualTo(wav);
    }

    @Test
    void aFinishedFileRemovedOrChangedIsMadeAgainFromTheCache() throws Exception {
        Path story = story();
        CommandRun.of(story.toString(), "-o", dir.resolve("out").toString(), "-q");
        byte[] wav = bytes("out", "story.wav");
        Files.delete(dir.resolve("out/story.wav"));
        CommandRun afterRemoval = CommandRun.of(story.toString(), "-o", dir.resolve("out").toString());
        Files.writeString(dir.resolve("out/story.cue"), "edited by hand");
        CommandRun afterEdit = CommandRun.of(story.toString(), "-o", dir.resolve("out").toString());

        assertThat(afterRemoval.stderr()).contains("15 segments (0 synthesized, 15 from the cache)");
        assertThat(afterEdit.stderr()).contains("15 segments (0 synthesized, 15 from the cache)");
        assertThat(bytes("out", "story.wav")).isEqualTo(wav);
        assertThat(Files.readString(dir.resolve("out/story.cue"))).startsWith("REM COMMENT");
    }

    @Test
    void editingOneParagraphResynthesisesOnlyThatParagraph() throws Exception {
        Path story = story();
        CommandRun.of(story.toString(), "-o", dir.resolve("out").toString(), "-q");
        editParagraphTwo(story);
        String edited = Files.readString(story);
        assertThat(edited).contains("the sea");

        CommandRun rerun = CommandRun.of(story.toString(), "-o", dir.resolve("out").toString());
        CommandRun clean = cleanRun(story);

        // "paragraph 2" appears once in each of the three chapters.
        assertThat(rerun.stderr()).contains("(3 synthesized, 12 from the cache)");
        assertThat(bytes("out", "story.wav")).isEqualTo(bytes("clean", "story.wav"));
    }

    @Test
    void aRerunCopiesUnchangedSegmentsFromTheEarlierWavAndWritesWhatACleanRunWrites() throws Exception {
        Path story = story();
        Path out = dir.resolve("out");
        build(story, out, "kevin16", Pauses.DEFAULT);
        editParagraphTwo(story);

        AudiobookBuilder.BuildResult edited = build(story, out, "kevin16", Pauses.DEFAULT);
        CommandRun clean = cleanRun(story);

        assertThat(edited.synthesized()).isEqualTo(3);
        assertThat(edited.copiedFromEarlier()).isEqualTo(12);
        assertThat(clean.exitCode()).isZero();
        assertThat(bytes("out", "story.wav")).isEqualTo(bytes("clean", "story.wav"));
        assertThat(bytes("out", "story.cue")).isEqualTo(bytes("clean", "story.cue"));
        assertThat(bytes("out", "story.srt")).isEqualTo(bytes("clean", "story.srt"));
        assertThat(bytes("out", "story.vtt")).isEqualTo(bytes("clean", "story.vtt"));
    }

    @Test
    void aWavChangedSinceItWasWrittenIsNotCopiedFrom() throws Exception {
        Path story = story();
        Path out = dir.resolve("out");
        build(story, out, "kevin16", Pauses.DEFAULT);
        byte[] wav = bytes("out", "story.wav");
        // Someone edits the audio: same length, other samples.
        java.util.Arrays.fill(wav, 4000, 90000, (byte) 7);
        Files.write(out.resolve("story.wav"), wav);
        editParagraphTwo(story);

        AudiobookBuilder.BuildResult edited = build(story, out, "kevin16", Pauses.DEFAULT);
        CommandRun clean = cleanRun(story);

        assertThat(edited.copiedFromEarlier()).isZero();
        assertThat(edited.fromCache()).isEqualTo(12);
        assertThat(bytes("out", "story.wav")).isEqualTo(bytes("clean", "story.wav"));
    }

    @Test
    void aDamagedSegmentsRecordIsThrownAwayWithOneWarningAndItsSegmentsAreMadeAgain() throws Exception {
        Path story = storyMadeIntoOut();
        Path record = dir.resolve("out/.cache/finished/story.wav.segments");
        // One digit of the first paragraph's length, as a disk or an editor might change it.
        List<String> lines = Files.readAllLines(record);
        String[] entry = lines.get(4).split(" ");
        entry[2] = (entry[2].charAt(0) == '9' ? "1" : "9") + entry[2].substring(1);
        lines.set(4, String.join(" ", entry));
        Files.write(record, lines);
        editParagraphTwo(story);

        CommandRun rerun = rerunWritesWhatACleanRunWrites(story);

        assertThat(warnings(rerun)).containsExactly(
                "audiobook: warning: " + record + " was damaged; its segments are made again");
        assertThat(rerun.stderr()).contains("(3 synthesized, 12 from the cache)");
    }

    @Test
    void aWavWhoseSamplesChangedUnderItsRecordIsNotCopiedFrom() throws Exception {
        Path story = storyMadeIntoOut();
        Path out = dir.resolve("out");
        Path wav = out.resolve("story.wav");
        // The first paragraph's samples changed in place, with the file's size and time as they were: only
        // the samples can tell.
        String[] firstParagraph = Files.readAllLines(out.resolve(".cache/finished/story.wav.segments")).get(4).split(" ");
        long middle = Long.parseLong(firstParagraph[1]) + Long.parseLong(firstParagraph[2]) / 2;
        var modified = Files.getLastModifiedTime(wav);
        try (var channel = java.nio.channels.FileChannel.open(wav, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {127, 127, 127, 127}), middle);
        }
        Files.setLastModifiedTime(wav, modified);
        editParagraphTwo(story);

        CommandRun rerun = rerunWritesWhatACleanRunWrites(story);

        assertThat(warnings(rerun)).containsExactly("audiobook: warning: " + wav + " is not as "
                + out.resolve(".cache/finished/story.wav.segments") + " records it; its segments are made again");
    }

    @Test
    void aDamagedRecordOfAFinishedFileIsThrownAwayWithOneWarningAndTheFileMadeAgain() throws Exception {
        Path story = storyMadeIntoOut();
        String out = dir.resolve("out").toString();
        Path record = dir.resolve("out/.cache/finished/story.cue.properties");
        byte[] bytes = Files.readAllBytes(record);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(record, bytes);

        CommandRun rerun = CommandRun.of(story.toString(), "-o", out);

        assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
        assertThat(warnings(rerun)).containsExactly(
                "audiobook: warning: " + record + " was damaged; the files it records are made again");
        assertThat(rerun.stderr()).contains("Wrote " + dir.resolve("out/story.cue"));
        assertThat(CommandRun.of(story.toString(), "-o", out).stderr()).contains("already up to date");
    }

    @Test
    void changingTheVolumeOfTheVoiceCopiesNothingFromTheEarlierWav() throws Exception {
        Path story = story();
        Path out = dir.resolve("out");
        build(story, out, new VoiceSettings("kevin16", 150, 100, 11), Pauses.DEFAULT);

        AudiobookBuilder.BuildResult quieter = build(story, out,
                new VoiceSettings("kevin16", 150, 100, 11, dev.audiobook.tts.Pronunciations.NONE, 0.5f), Pauses.DEFAULT);

        assertThat(quieter.synthesized()).isZero();
        assertThat(quieter.copiedFromEarlier()).isZero();
        assertThat(quieter.fromCache()).isEqualTo(15);
    }

    @Test
    void changingTheVoiceMakesNewSegmentsButChangingPausesDoesNot() throws Exception {
        Path story = story();
        Path out = dir.resolve("out");
        AudiobookBuilder.BuildResult kevin16 = build(story, out, "kevin16", Pauses.DEFAULT);
        AudiobookBuilder.BuildResult kevin = build(story, out, "kevin", Pauses.DEFAULT);
        AudiobookBuilder.BuildResult longerPauses = build(story, out, "kevin", new Pauses(900, 2000));

        assertThat(kevin16.synthesized()).isEqualTo(15);
        assertThat(kevin.synthesized()).isEqualTo(15);
        assertThat(longerPauses.synthesized()).isZero();
        assertThat(longerPauses.fromCache()).isEqualTo(15);
        assertThat(longerPauses.audioSeconds()).isGreaterThan(kevin.audioSeconds() + 5);
    }

    @Test
    void twoRunsAtOnceIntoOneFolderBothFinishWithWholeFiles() throws Exception {
        Path story = story();
        String out = dir.resolve("out").toString();
        CompletableFuture<CommandRun> a = CompletableFuture.supplyAsync(() -> CommandRun.of(story.toString(), "-o", out, "-q"));
        CompletableFuture<CommandRun> b = CompletableFuture.supplyAsync(() -> CommandRun.of(story.toString(), "-o", out, "-q"));

        assertThat(a.get().exitCode()).as(a.get().stderr()).isZero();
        assertThat(b.get().exitCode()).as(b.get().stderr()).isZero();
        CommandRun clean = cleanRun(story);
        assertThat(clean.exitCode()).isZero();
        assertThat(bytes("out", "story.wav")).isEqualTo(bytes("clean", "story.wav"));
        Files.delete(dir.resolve("out/story.wav"));
        CommandRun fromCache = CommandRun.of(story.toString(), "-o", out);
        assertThat(fromCache.stderr()).contains("(0 synthesized, 15 from the cache)");
        assertThat(bytes("out", "story.wav")).isEqualTo(bytes("clean", "story.wav"));
    }

    @Test
    void pruningKeepsOnlyWhatTheseBooksUse() throws Exception {
        Path story = story();
        String out = dir.resolve("out").toString();
        CommandRun.of(story.toString(), "-o", out, "-q");
        Files.writeString(story, Files.readString(story).replace("river", "lake"));

        CommandRun pruned = CommandRun.of(story.toString(), "-o", out, "--prune-cache");

        assertThat(pruned.stderr()).contains("Pruned 12 unused segments from the cache");
        try (DiskSegmentCache cache = new DiskSegmentCache(dir.resolve("out/.cache"))) {
            assertThat(cache.keys()).hasSize(15);
        }
        // A book already up to date still needs its segments.
        CommandRun again = CommandRun.of(story.toString(), "-o", out, "--prune-cache");
        assertThat(again.stderr()).contains("already up to date").contains("Pruned 0 unused segments");
    }

    private AudiobookBuilder.BuildResult build(Path story, Path out, String voice, Pauses pauses) throws Exception {
        return build(story, out, new VoiceSettings(voice, 150, 100, 11), pauses);
    }

    private AudiobookBuilder.BuildResult build(Path story, Path out, VoiceSettings voice, Pauses pauses)
            throws Exception {
        AudiobookBuilder builder = new AudiobookBuilder(new BookOptions(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), voice, 2, pauses, dev.audiobook.audio.Loudness.Target.ACX, true,
                dev.audiobook.output.Delivery.WAV, false, Optional.empty(), Optional.empty()));
        AudiobookPlan plan = builder.plan(story, out);
        return builder.build(plan, SynthesisProgress.NONE);
    }

    /** "paragraph 2" is in each of the three chapters. */
    private static void editParagraphTwo(Path story) throws Exception {
        Files.writeString(story, Files.readString(story).replace("paragraph 2 tells of the river",
                "paragraph 2 tells of the sea"));
    }

    /** The story, made once into the folder "out". */
    private Path storyMadeIntoOut() throws Exception {
        Path story = story();
        CommandRun first = CommandRun.of(story.toString(), "-o", dir.resolve("out").toString(), "-q");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        return story;
    }

    /** Runs the book again into "out" and from scratch into "clean": both must write the same WAV. */
    private CommandRun rerunWritesWhatACleanRunWrites(Path story) throws Exception {
        CommandRun rerun = CommandRun.of(story.toString(), "-o", dir.resolve("out").toString());
        CommandRun clean = cleanRun(story);
        assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
        assertThat(clean.exitCode()).as(clean.stderr()).isZero();
        assertThat(bytes("out", "story.wav")).isEqualTo(bytes("clean", "story.wav"));
        return rerun;
    }

    private static List<String> warnings(CommandRun run) {
        return run.stderr().lines().filter(line -> line.startsWith("audiobook: warning:")).toList();
    }

    /** The book made from scratch into the folder "clean". */
    private CommandRun cleanRun(Path story) {
        return CommandRun.of(story.toString(), "-o", dir.resolve("clean").toString(), "-q", "--no-cache");
    }

    private byte[] bytes(String folder, String file) throws Exception {
        return Files.readAllBytes(dir.resolve(folder).resolve(file));
    }
}
