package dev.audiobook.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.render.EarlierAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index of an earlier WAV is trusted only while the WAV is the one it describes, and never breaks a run. */
class EarlierWavTest {
    private static final String LAYOUT = "format 2 16000 Hz, 16 bit, 1 channel";

    @TempDir
    Path dir;

    @Test
    void anIndexWrittenForTheWavFindsEachSegmentsBytes() throws Exception {
        Path wav = Files.write(dir.resolve("book.wav"), new byte[1000]);
        Path index = dir.resolve("book.wav.segments");
        EarlierWav.writeIndex(index, FinishedVolumes.stamp(wav), LAYOUT, List.of(
                new EarlierWav.Entry("aaa@1.0", 44, 300), new EarlierWav.Entry("bbb@1.0", 400, 200),
                new EarlierWav.Entry("aaa@1.0", 700, 300)));

        try (EarlierAudio earlier = EarlierWav.open(wav, index, LAYOUT)) {
            assertThat(earlier.find("aaa@1.0")).contains(new EarlierAudio.Range(44, 300));
            assertThat(earlier.find("bbb@1.0")).contains(new EarlierAudio.Range(400, 200));
            assertThat(earlier.find("aaa@0.5")).isEmpty();
        }
    }

    @Test
    void aWavChangedSinceItsIndexOrAnotherLayoutOrNoIndexFindsNothing() throws Exception {
        Path wav = Files.write(dir.resolve("book.wav"), new byte[1000]);
        Path index = dir.resolve("book.wav.segments");
        EarlierWav.writeIndex(index, FinishedVolumes.stamp(wav), LAYOUT, List.of(new EarlierWav.Entry("aaa@1.0", 44, 300)));

        try (EarlierAudio otherLayout = EarlierWav.open(wav, index, "format 3 16000 Hz, 16 bit, 1 channel");
                EarlierAudio noIndex = EarlierWav.open(wav, dir.resolve("missing.segments"), LAYOUT)) {
            assertThat(otherLayout.find("aaa@1.0")).isEmpty();
            assertThat(noIndex.find("aaa@1.0")).isEmpty();
        }
        Files.write(wav, new byte[1002]);
        try (EarlierAudio changed = EarlierWav.open(wav, index, LAYOUT)) {
            assertThat(changed.find("aaa@1.0")).isEmpty();
        }
    }

    @Test
    void aDamagedIndexFindsNothingInsteadOfFailing() throws Exception {
        Path wav = Files.write(dir.resolve("book.wav"), new byte[1000]);
        Path index = dir.resolve("book.wav.segments");
        Files.writeString(index, "audiobook segment index 1\n" + FinishedVolumes.stamp(wav) + "\n" + LAYOUT
                + "\naaa@1.0 44\nnot numbers at all\n");

        try (EarlierAudio damaged = EarlierWav.open(wav, index, LAYOUT)) {
            assertThat(damaged.find("aaa@1.0")).isEmpty();
        }
    }
}
