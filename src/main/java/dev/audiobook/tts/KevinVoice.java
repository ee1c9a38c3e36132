package dev.audiobook.tts;

import com.sun.speech.freetts.Age;
import com.sun.speech.freetts.Gender;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.en.us.CMUDiphoneVoice;
import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.en.us.CMUVoice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.net.URL;
import java.util.Locale;

/**
 * FreeTTS's kevin voices, as its KevinVoiceDirectory builds them, with one change: the audio goes to a
 * {@link PcmCollector} rather than to an AudioPlayer.
 */
final class KevinVoice extends CMUDiphoneVoice {
    private final PcmCollector collector;

    private KevinVoice(String name, URL database, PcmCollector collector) {
        super(name, Gender.MALE, Age.YOUNGER_ADULT, "kevin diphone voice", Locale.US, "general", "cmu",
                new CMULexicon("cmulex"), database);
        this.collector = collector;
    }

    /** kevin16 (16 kHz) or kevin (8 kHz). */
    static KevinVoice named(String name, PcmCollector collector) {
        String database = switch (name) {
            case "kevin16" -> "cmu_us_kal16.bin";
            case "kevin" -> "cmu_us_kal.bin";
            default -> throw new IllegalArgumentException("not a kevin voice: " + name);
        };
        return new KevinVoice(name, KevinVoiceDirectory.class.getResource(database), collector);
    }

    @Override
    protected UtteranceProcessor getAudioOutput() {
        return collector;
    }

    /** FreeTTS finds its data files beside the voice's class; ours are beside CMUVoice's. */
    @Override
    protected URL getResource(String name) {
        return CMUVoice.class.getResource(name);
    }
}
