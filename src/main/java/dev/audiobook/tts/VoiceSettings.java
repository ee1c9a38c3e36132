package dev.audiobook.tts;

/**
 * The FreeTTS voice and how it speaks.
 *
 * @param name kevin16 or kevin
 * @param rate words per minute
 * @param pitch the voice's base pitch in Hz
 * @param pitchRange how far the pitch moves, in Hz
 */
public record VoiceSettings(String name, float rate, float pitch, float pitchRange) {
    /** kevin16 as FreeTTS sets it up. */
    public static final VoiceSettings DEFAULT = new VoiceSettings(FreeTtsSynthesizer.DEFAULT_VOICE, 150, 100, 11);

    /** Everything the audio depends on, for cache keys. */
    public String describe() {
        return "voice=" + name + " rate=" + rate + " pitch=" + pitch + " pitchRange=" + pitchRange;
    }
}
