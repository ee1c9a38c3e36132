package dev.audiobook.tts;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import dev.audiobook.audio.PcmFormat;
import javax.sound.sampled.AudioFormat;

/** Speech from a FreeTTS voice, captured in memory. */
public final class FreeTtsSynthesizer implements Synthesizer {
    public static final String DEFAULT_VOICE = "kevin16";
    private static final String VOICE_DIRECTORIES = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";

    private final Voice voice;
    private final CapturingAudioPlayer player = new CapturingAudioPlayer();
    private final PcmFormat format;

    public FreeTtsSynthesizer(String voiceName) {
        System.setProperty("freetts.voices", VOICE_DIRECTORIES);
        Voice found = VoiceManager.getInstance().getVoice(voiceName);
        if (found == null) {
            throw new IllegalArgumentException("FreeTTS has no voice named " + voiceName);
        }
        voice = found;
        voice.allocate();
        voice.setAudioPlayer(player);
        format = new PcmFormat(voiceSampleRate(), 16, 1);
    }

    @Override
    public PcmFormat format() {
        return format;
    }

    @Override
    public byte[] synthesize(String text) {
        player.take();
        if (!voice.speak(text)) {
            throw new IllegalStateException("FreeTTS could not speak: " + text);
        }
        return toLittleEndian(player.take(), player.getAudioFormat());
    }

    @Override
    public void close() {
        voice.deallocate();
    }

    private int voiceSampleRate() {
        // The voice reports its rate through the format it gives the player on the first utterance.
        voice.speak("");
        return Math.round(player.getAudioFormat().getSampleRate());
    }

    private static byte[] toLittleEndian(byte[] pcm, AudioFormat format) {
        if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1
                || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
            throw new IllegalStateException("unexpected FreeTTS audio format: " + format);
        }
        if (format.isBigEndian()) {
            for (int i = 0; i + 1 < pcm.length; i += 2) {
                byte high = pcm[i];
                pcm[i] = pcm[i + 1];
                pcm[i + 1] = high;
            }
        }
        return pcm;
    }
}
