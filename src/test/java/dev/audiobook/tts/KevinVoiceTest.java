package dev.audiobook.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our kevin16 against FreeTTS's own: the phones each says, and when each ends. */
class KevinVoiceTest {
    private static KevinVoice ours;
    private static Voice freeTts;

    @BeforeAll
    static void loadVoices() {
        ours = KevinVoice.named("kevin16", new PcmCollector());
        ours.allocate();
        System.setProperty("freetts.voices", FreeTtsSynthesizer.VOICE_DIRECTORIES);
        freeTts = VoiceManager.getInstance().getVoice("kevin16");
        freeTts.allocate();
        for (Voice voice : List.of(ours, freeTts)) {
            voice.setAudioPlayer(new NullAudioPlayer());
        }
    }

    @AfterAll
    static void closeVoices() {
        ours.deallocate();
        freeTts.deallocate();
    }

    @Test
    void ahIsSaidAsAhWhereFreeTtsSaysAa() {
        String text = "But the sun was up.";

        assertThat(names(segments(ours, text))).containsExactly("pau", "b", "ah", "t", "dh", "ax", "s", "ah", "n", "w",
                "aa", "z", "ah", "p", "pau");
        assertThat(names(segments(freeTts, text))).containsExactly("pau", "b", "aa", "t", "dh", "ax", "s", "aa", "n",
                "w", "aa", "z", "aa", "p", "pau");
    }

    @Test
    void everyPhoneAndPauseLastsFlitesStretchLonger() {
        // No "ah" here, so both voices say the same phones.
        String text = "The wind came in off the sea, and the lamps were lit.";
        List<Segment> mine = segments(ours, text);
        List<Segment> theirs = segments(freeTts, text);

        assertThat(names(mine)).isEqualTo(names(theirs));
        for (int i = 0; i < mine.size(); i++) {
            assertThat(mine.get(i).end()).as("end of %s", mine.get(i).name())
                    .isCloseTo(theirs.get(i).end() * KevinVoice.FLITE_DURATION_STRETCH, within(0.001f));
        }
    }

    @Test
    void flitesStretchComesOnTopOfTheRateAProfileSets() {
        KevinVoice voice = KevinVoice.named("kevin16", new PcmCollector());
        assertThat(voice.getRate()).as("FreeTTS's default, which FreeTtsSynthesizer leaves alone").isEqualTo(150f);

        voice.setRate(200);

        assertThat(voice.getDurationStretch()).isCloseTo(150f / 200 * KevinVoice.FLITE_DURATION_STRETCH, within(1e-6f));
    }

    private record Segment(String name, float end) {}

    private static List<Segment> segments(Voice voice, String text) {
        List<Segment> segments = new ArrayList<>();
        UtteranceProcessor capture = utterance -> {
            for (Item i = utterance.getRelation(Relation.SEGMENT).getHead(); i != null; i = i.getNext()) {
                segments.add(new Segment(i.getFeatures().getString("name"), i.getFeatures().getFloat("end")));
            }
        };
        @SuppressWarnings("unchecked")
        List<UtteranceProcessor> processors = voice.getUtteranceProcessors();
        processors.add(capture);
        try {
            voice.speak(text);
        } finally {
            processors.remove(capture);
        }
        return segments;
    }

    private static List<String> names(List<Segment> segments) {
        return segments.stream().map(Segment::name).toList();
    }
}
