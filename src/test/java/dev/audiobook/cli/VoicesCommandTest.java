package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.WavFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoicesCommandTest {
    @TempDir
    Path dir;

    @Test
    void listVoicesShowsFreeTtsVoicesAndTheShippedProfiles() {
        CommandRun run = CommandRun.of("--list-voices");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains("  kevin16 ").contains("  kevin ")
                .contains("  default      FreeTTS kevin16, 150 words a minute")
                .contains("  rms          Flite rms, 150 words a minute")
                .contains("  storyteller  FreeTTS kevin16, 125 words a minute, pitch 85 Hz (range 20), pauses 900 / 2500 ms");
    }

    @Test
    void aProfileByNameOrFileChangesHowTheBookSounds() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"),
                "Chapter 1\n\nThe lamps were lit one by one.\n\nChapter 2\n\nThe town slept.");
        Path fast = Files.writeString(dir.resolve("fast.properties"), "rate = 250\n");

        CommandRun usual = CommandRun.of(story.toString(), "-o", dir.resolve("usual").toString(), "-q");
        CommandRun slow = CommandRun.of(story.toString(), "-o", dir.resolve("slow").toString(), "-q",
                "--voice", "storyteller");
        CommandRun quick = CommandRun.of(story.toString(), "-o", dir.resolve("quick").toString(), "-q",
                "--voice", fast.toString());

        assertThat(usual.exitCode()).isZero();
        assertThat(slow.exitCode()).as(slow.stderr()).isZero();
        assertThat(quick.exitCode()).as(quick.stderr()).isZero();
        double usualSeconds = WavFile.read(dir.resolve("usual/story.wav")).durationSeconds();
        assertThat(WavFile.read(dir.resolve("slow/story.wav")).durationSeconds()).isGreaterThan(usualSeconds + 2);
        assertThat(WavFile.read(dir.resolve("quick/story.wav")).durationSeconds()).isLessThan(usualSeconds - 0.5);
    }

    @Test
    void aBadProfileIsOneLineAndWritesNothing() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "A short story.");
        Path bad = Files.writeString(dir.resolve("bad.properties"), "rate = 0\n");

        CommandRun run = CommandRun.of(story.toString(), "-o", dir.resolve("out").toString(), "--voice", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr().lines()).containsExactly(
                "audiobook: " + bad + ": rate = '0' is not allowed; give words per minute from 50 to 500");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aTwoVoiceProfileSpeaksQuotedSpeechInTheSecondVoice() throws Exception {
        Path story = Files.writeString(dir.resolve("talk.txt"),
                "The boat came in.\n\n\u201CWe saw your light,\u201D the oldest one said.");

        CommandRun one = CommandRun.of(story.toString(), "-o", dir.resolve("one").toString());
        CommandRun two = CommandRun.of(story.toString(), "-o", dir.resolve("two").toString(), "--voice", "two-voices");

        assertThat(one.stderr()).contains("2 segments (2 synthesized");
        assertThat(two.exitCode()).as(two.stderr()).isZero();
        assertThat(two.stderr()).contains("3 segments (3 synthesized");
        assertThat(Files.readAllBytes(dir.resolve("two/talk.wav"))).isNotEqualTo(Files.readAllBytes(dir.resolve("one/talk.wav")));
        assertThat(CommandRun.of("--list-voices").stdout()).contains("  two-voices   FreeTTS kevin16").contains("a second voice for dialogue");
    }

    @Test
    void aDialogueVoiceOfAnotherSampleRateIsResampledToTheNarrators() throws Exception {
        Files.writeString(dir.resolve("eight.properties"), "voice = kevin\n");
        Path mixed = Files.writeString(dir.resolve("mixed.properties"), "voice = kevin16\ndialogue = eight\n");
        Path story = Files.writeString(dir.resolve("s.txt"), "The door opened.\n\n\"Hello there.\"");

        CommandRun run = CommandRun.of(story.toString(), "--voice", mixed.toString(), "-o", dir.resolve("o").toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        WavFile wav = WavFile.read(dir.resolve("o/s.wav"));
        assertThat(wav.sampleRate()).isEqualTo(16000);
        assertThat(run.stderr()).contains("2 segments (2 synthesized");
    }
}
