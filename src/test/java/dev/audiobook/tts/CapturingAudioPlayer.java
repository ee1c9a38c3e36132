package dev.audiobook.tts;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/** An AudioPlayer that keeps the samples FreeTTS produces instead of sending them to a sound card. */
final class CapturingAudioPlayer implements AudioPlayer {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private AudioFormat format = new AudioFormat(16000f, 16, 1, true, true);
    private float volume = 1.0f;

    /** Hands over what was captured since the last call. */
    byte[] take() {
        byte[] bytes = captured.toByteArray();
        captured.reset();
        return bytes;
    }

    @Override
    public void setAudioFormat(AudioFormat format) {
        this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public boolean write(byte[] audioData) {
        return write(audioData, 0, audioData.length);
    }

    @Override
    public boolean write(byte[] bytes, int offset, int size) {
        captured.write(bytes, offset, size);
        return true;
    }

    @Override
    public void begin(int size) {}

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public void reset() {}

    @Override
    public void cancel() {}

    @Override
    public void close() {}

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {}

    @Override
    public void startFirstSampleTimer() {}

    @Override
    public void showMetrics() {}
}
