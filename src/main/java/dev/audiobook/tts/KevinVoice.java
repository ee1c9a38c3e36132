package dev.audiobook.tts;

import com.sun.speech.freetts.Age;
import com.sun.speech.freetts.Gender;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.en.PostLexicalAnalyzer;
import com.sun.speech.freetts.en.us.CMUDiphoneVoice;
import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.en.us.CMUVoice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.net.URL;
import java.util.Locale;

/**
 * FreeTTS's kevin voices, as its KevinVoiceDirectory builds them, with three changes: the audio goes to a
 * {@link PcmCollector} rather than to an AudioPlayer, and the voice keeps the vowel "ah" and speaks at the
 * pace that Flite, whose kal voices kevin's recordings come from, gives them. Both changes make the speech
 * easier to understand (see {@link #getPostLexicalAnalyzer} and {@link #getDurationStretch}).
 */
final class KevinVoice extends CMUDiphoneVoice {
    /**
     * Flite's kal and kal16 voices lengthen every phone and pause by this much; FreeTTS's kevin voices
     * leave them at the duration model's own length, about 10% faster than the same recordings in Flite.
     */
    static final float FLITE_DURATION_STRETCH = 1.1f;

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

    /**
     * FreeTTS's diphone voices say every "ah" as "aa" ("but" as "bot", "one" as "wan"), although both kevin
     * databases hold the "ah" diphones; Flite keeps "ah". This is FreeTTS's English post-lexical step without
     * that replacement.
     */
    @Override
    protected UtteranceProcessor getPostLexicalAnalyzer() {
        return new PostLexicalAnalyzer();
    }

    /**
     * The stretch FreeTTS's duration model applies, which {@link #setRate} sets, times Flite's. Voice.getRate
     * reads the field, not this method, so the voice still tells its default rate as 150 and a profile's rate
     * scales the pace as before.
     */
    @Override
    public float getDurationStretch() {
        return super.getDurationStretch() * FLITE_DURATION_STRETCH;
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
