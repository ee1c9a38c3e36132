package dev.audiobook.tts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.speech.freetts.FreeTTSSpeakableImpl;
import dev.audiobook.audio.Loudness;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FreeTtsSynthesizerTest {
    private static FreeTtsSynthesizer kevin;

    @BeforeAll
    static void loadVoice() {
        kevin = new FreeTtsSynthesizer(FreeTtsSynthesizer.DEFAULT_VOICE);
    }

    @AfterAll
    static void closeVoice() {
        kevin.close();
    }

    @Test
    void kevin16Speaks16KhzMono16Bit() {
        assertThat(kevin.format().sampleRate()).isEqualTo(16000);
        assertThat(kevin.format().bitsPerSample()).isEqualTo(16);
        assertThat(kevin.format().channels()).isEqualTo(1);
    }

    @Test
    void speechIsAudibleLittleEndianPcmOfPlausibleLength() {
        String text = "The wind came up from the south just after dark.";
        byte[] pcm = kevin.synthesize(text);

        double seconds = pcm.length / 2.0 / 16000;
        assertThat(seconds).isBetween(1.5, 6.0);
        assertThat(rms(pcm)).as("loudness of the speech").isGreaterThan(500);
    }

    @Test
    void longerTextGivesLongerSpeechAndTheSameTextTheSameSamples() {
        byte[] shortSpeech = kevin.synthesize("Good night.");
        byte[] longSpeech = kevin.synthesize("Good night, and thank you for the bread, the tea and the fire.");

        assertThat(longSpeech.length).isGreaterThan(2 * shortSpeech.length);
        assertThat(kevin.synthesize("Good night.")).isEqualTo(shortSpeech);
    }

    @Test
    void theLevelsCountedWhileSpeakingAreThoseOfTheSamples() {
        for (String text : List.of("Yes.", "Good night. Sleep well, and dream of the sea!",
                "The wind came up from the south just after dark; the lamps were lit one by one.")) {
            Speech speech = kevin.speak(text);

            assertThat(speech.levels()).as(text).isEqualTo(Loudness.measure(speech.pcm()));
            assertThat(speech.levels().voicedSamples()).as(text).isPositive();
        }
    }

    @Test
    void freeTtsLinesAboutMissingSoundsStayOffStderrAndOtherLinesPass() {
        Stderr said = stderrOf(voice -> {
            voice.synthesize("The old yt was moored by the quay.");
            System.err.println("a line of someone else's");
        });

        assertThat(said.raw()).as("FreeTTS's own output for this text").contains("Can't find diphone");
        assertThat(said.filtered()).doesNotContain("diphone").contains("a line of someone else's");
    }

    @Test
    void freeTtsLinesAboutAnInterruptedVoiceStayOffStderr() {
        // What FreeTTS does when the thread of a voice waiting for its utterance to be spoken is interrupted.
        Stderr said = stderrOf(voice -> {
            Thread.currentThread().interrupt();
            new FreeTTSSpeakableImpl("A sentence never finished.").waitCompleted();
        });

        assertThat(said.raw()).as("FreeTTS's own output for a voice interrupted").contains("Wait interrupted");
        assertThat(said.filtered()).isEmpty();
    }

    /** What a voice's speaking puts on stderr: through the tool's filter, and as FreeTTS says it. */
    private record Stderr(String filtered, String raw) {}

    private static Stderr stderrOf(java.util.function.Consumer<FreeTtsSynthesizer> speaking) {
        PrintStream original = System.err;
        ByteArrayOutputStream filtered = new ByteArrayOutputStream();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(filtered, true));
            FreeTtsSynthesizer voice = new FreeTtsSynthesizer(FreeTtsSynthesizer.DEFAULT_VOICE);
            speaking.accept(voice);
            System.setErr(new PrintStream(raw, true));
            speaking.accept(voice);
            voice.close();
        } finally {
            System.setErr(original);
        }
        return new Stderr(filtered.toString(), raw.toString());
    }

    /** Root mean square of little-endian 16-bit samples; byte-swapped speech would look like loud noise. */
    static double rms(byte[] pcm) {
        double sum = 0;
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            short sample = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            sum += (double) sample * sample;
        }
        return Math.sqrt(sum / (pcm.length / 2.0));
    }
}
