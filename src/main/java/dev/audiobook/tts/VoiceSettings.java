package dev.audiobook.tts;

/**
 * A voice and how it speaks. The rate, pitch and range are FreeTTS's; another engine's voice at rate 150,
 * pitch 100 and range 11 speaks as the engine makes it, and other values move it in proportion.
 *
 * @param name the engine's name for the voice: kevin16, rms, fr
 * @param rate words per minute
 * @param pitch the voice's base pitch in Hz
 * @param pitchRange how far the pitch moves, in Hz
 * @param pronunciations words said the profile's way
 * @param volume loudness as a share of the book's common level, 0.1 to 1
 * @param engine the engine that has the voice
 */
public record VoiceSettings(String name, float rate, float pitch, float pitchRange, Pronunciations pronunciations,
        float volume, Engine engine) {
    /** kevin16 as FreeTTS sets it up. */
    public static final VoiceSettings DEFAULT = new VoiceSettings(FreeTtsSynthesizer.DEFAULT_VOICE, 150, 100, 11);

    public VoiceSettings(String name, float rate, float pitch, float pitchRange) {
        this(name, rate, pitch, pitchRange, Pronunciations.NONE, 1);
    }

    public VoiceSettings(String name, float rate, float pitch, float pitchRange, Pronunciations pronunciations) {
        this(name, rate, pitch, pitchRange, pronunciations, 1);
    }

    public VoiceSettings(String name, float rate, float pitch, float pitchRange, Pronunciations pronunciations,
            float volume) {
        this(name, rate, pitch, pitchRange, pronunciations, volume, Engine.FREETTS);
    }

    /** The same rate, pitch and volume in another engine's voice; a lexicon stays with its language. */
    public VoiceSettings speakingAs(EngineVoice voice) {
        return new VoiceSettings(voice.name(), rate, pitch, pitchRange, Pronunciations.NONE, volume, voice.engine());
    }

    /** Whether the pitch is left as the voice has it. */
    boolean ownPitch() {
        return pitch == DEFAULT.pitch && pitchRange == DEFAULT.pitchRange;
    }

    /** The rate as a share of the voice's own: 150 words a minute is 1. */
    double speed() {
        return rate / DEFAULT.rate;
    }

    /** Everything the voice's own audio depends on, for cache keys; volume is applied after the cache. */
    public String describe() {
        String base = (engine == Engine.FREETTS ? "" : "engine=" + engine.key() + " " + engine.version() + " ")
                + "voice=" + name + " rate=" + rate + " pitch=" + pitch + " pitchRange=" + pitchRange;
        return pronunciations.entries().isEmpty() ? base : base + " lexicon=" + pronunciations.describe();
    }
}
