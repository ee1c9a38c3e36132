package dev.audiobook.tts;

import com.sun.speech.freetts.audio.NullAudioPlayer;
import dev.audiobook.audio.PcmFormat;

/** Speech from FreeTTS's kevin voices, kept in memory as 16-bit little-endian PCM. */
public final class FreeTtsSynthesizer implements Synthesizer {
    public static final String DEFAULT_VOICE = "kevin16";
    /** Where FreeTTS's VoiceManager looks for voices. */
    public static final String VOICE_DIRECTORIES = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";

    private static final Object LOADING = new Object();

    private final KevinVoice voice;
    private final PcmCollector collector = new PcmCollector();
    private final PcmFormat format;

    public FreeTtsSynthesizer(String voiceName) {
        this(new VoiceSettings(voiceName, VoiceSettings.DEFAULT.rate(), VoiceSettings.DEFAULT.pitch(),
                VoiceSettings.DEFAULT.pitchRange()));
    }

    public FreeTtsSynthesizer(VoiceSettings settings) {
        System.setProperty("freetts.voices", VOICE_DIRECTORIES);
        FreeTtsWarnings.dropEngineChatter();
        voice = KevinVoice.named(settings.name(), collector);
        // FreeTTS's letter-to-sound rules load through static state: two voices must not load at once.
        synchronized (LOADING) {
            voice.allocate();
        }
        voice.setAudioPlayer(new NullAudioPlayer());
        // Set only what differs from the voice's own, so the default speaks exactly as FreeTTS does.
        if (settings.rate() != voice.getRate()) {
            voice.setRate(settings.rate());
        }
        if (settings.pitch() != voice.getPitch()) {
            voice.setPitch(settings.pitch());
        }
        if (settings.pitchRange() != voice.getPitchRange()) {
            voice.setPitchRange(settings.pitchRange());
        }
        settings.pronunciations().applyTo(voice.getLexicon());
        format = new PcmFormat(voiceSampleRate(), 16, 1);
    }

    @Override
    public PcmFormat format() {
        return format;
    }

    @Override
    public Speech speak(String text) {
        collector.take();
        if (!voice.speak(text)) {
            throw new IllegalStateException("FreeTTS could not speak: " + text);
        }
        return collector.take();
    }

    @Override
    public void close() {
        voice.deallocate();
    }

    /** The voice tells its rate with its first utterance. */
    private int voiceSampleRate() {
        voice.speak("a");
        collector.take();
        return collector.sampleRate();
    }
}
