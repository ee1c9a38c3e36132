package dev.audiobook.tts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.en.PostLexicalAnalyzer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our synthesizer computes the waveform itself, faster; it must give the samples FreeTTS's own audio output
 * gives to an AudioPlayer, to within the rounding of a float sum taken in another order. Our voice also says
 * "ah" and speaks at Flite's pace (KevinVoice); FreeTTS's own is set to do the same here, so that the same
 * units go into both waveforms.
 */
class FreeTtsEquivalenceTest {
    @ParameterizedTest
    @ValueSource(strings = {"kevin16", "kevin"})
    void samplesAreThoseOfFreeTtsItself(String voiceName) {
        String[] texts = {
            "The wind came up from the south just after dark.",
            "Chapter twelve. Loomings.",
            "Call me Ishmael. Some years ago, never mind how long precisely, having little or no money in my purse,"
                    + " I thought I would sail about a little and see the watery part of the world.",
            "Yes!"};
        FreeTtsSynthesizer ours = new FreeTtsSynthesizer(voiceName);
        System.setProperty("freetts.voices", FreeTtsSynthesizer.VOICE_DIRECTORIES);
        Voice reference = VoiceManager.getInstance().getVoice(voiceName);
        reference.allocate();
        speakAsKevinVoiceDoes(reference);
        CapturingAudioPlayer player = new CapturingAudioPlayer();
        reference.setAudioPlayer(player);
        try {
            for (String text : texts) {
                player.take();
                reference.speak(text);
                byte[] bigEndian = player.take();

                byte[] littleEndian = ours.synthesize(text);

                assertThat(littleEndian).hasSize(bigEndian.length);
                int differing = 0;
                for (int i = 0; i < bigEndian.length; i += 2) {
                    short theirs = (short) (((bigEndian[i] & 0xff) << 8) | (bigEndian[i + 1] & 0xff));
                    short mine = (short) (((littleEndian[i + 1] & 0xff) << 8) | (littleEndian[i] & 0xff));
                    assertThat(Math.abs(mine - theirs)).as("sample %d of: %s", i / 2, text).isLessThanOrEqualTo(1);
                    differing += mine == theirs ? 0 : 1;
                }
                assertThat(differing).as("samples off by one step").isLessThan(bigEndian.length / 2 / 100);
            }
        } finally {
            ours.close();
            reference.deallocate();
        }
    }

    @SuppressWarnings("unchecked")
    private static void speakAsKevinVoiceDoes(Voice voice) {
        List<UtteranceProcessor> processors = voice.getUtteranceProcessors();
        for (int i = 0; i < processors.size(); i++) {
            if (processors.get(i).getClass().getSimpleName().equals("CMUDiphoneVoicePostLexicalAnalyzer")) {
                processors.set(i, new PostLexicalAnalyzer());
            }
        }
        voice.setDurationStretch(voice.getDurationStretch() * KevinVoice.FLITE_DURATION_STRETCH);
    }
}
