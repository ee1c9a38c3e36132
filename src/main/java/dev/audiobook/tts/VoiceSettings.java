package dev.audiobook.tts;

/**
 * The FreeTTS voice and how it speaks.
 *
 * @param name kevin16 or kevin
 * @param rate words per minute
 * @param pitch the voice's base pitch in Hz
 * @param pitchRange how far the pitch moves, in Hz
 * @param pronunciations words said the profile's way
 * @param volume loudness as a share of the book's common level, 0.1 to 1
 */
public record VoiceSettings(String name, float rate, float pitch, float pitchRange, Pronunciations pronunciations,
        float volume) {
    /** kevin16 as FreeTTS sets it up. */
    public static final VoiceSettings DEFAULT = new VoiceSettings(FreeTtsSynthesizer.DEFAULT_VOICE, 150, 100, 11);

    public VoiceSettings(String name, float rate, float pitch, float pitchRange) {
        this(name, rate, pitch, pitchRange, Pronunciations.NONE, 1);
    }

    public VoiceSettings(String name, float rate, float pitch, float pitchRange, Pronunciations pronunciations) {
        this(name, rate, pitch, pitchRange, pronunciations, 1);
    }

    /** Everything the voice's own audio depends on, for cache keys; volume is applied after the cache. */
    public String describe() {
        String base = "voice=" + name + " rate=" + rate + " pitch=" + pitch + " pitchRange=" + pitchRange;
        return pronunciations.entries().isEmpty() ? base : base + " lexicon=" + pronunciations.describe();
    }
}
