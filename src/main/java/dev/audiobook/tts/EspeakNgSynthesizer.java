package dev.audiobook.tts;

import dev.audiobook.audio.Loudness;
import dev.audiobook.audio.PcmFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Speech from espeak-ng, which speaks over a hundred languages and reads numbers and dates in each, run as a
 * program once per piece of text, which it reads from its input and answers with a WAV on its output.
 */
public final class EspeakNgSynthesizer implements Synthesizer {
    /** espeak-ng's own rate, in words a minute: the rate at FreeTTS's 150. */
    private static final int OWN_RATE = 175;
    /** espeak-ng's own pitch on its scale of 0 to 99: the pitch at FreeTTS's 100 Hz. */
    private static final int OWN_PITCH = 50;
    private static final PcmFormat FORMAT = new PcmFormat(VoiceCatalog.ESPEAK_NG_RATE, 16, 1);

    private final VoiceSettings settings;

    public EspeakNgSynthesizer(VoiceSettings settings) {
        this.settings = settings;
    }

    @Override
    public PcmFormat format() {
        return FORMAT;
    }

    @Override
    public Speech speak(String text) {
        List<String> command = new ArrayList<>(List.of(Engine.ESPEAK_NG.program(), "-v", settings.name(), "--stdout",
                "-s", Long.toString(Math.round(OWN_RATE * settings.speed()))));
        if (!settings.ownPitch()) {
            long pitch = Math.round(OWN_PITCH * settings.pitch() / VoiceSettings.DEFAULT.pitch());
            command.addAll(List.of("-p", Long.toString(Math.max(0, Math.min(99, pitch)))));
        }
        byte[] pcm = EngineOutput.pcm(EngineOutput.run(command, settings.pronunciations().respelled(text)), FORMAT,
                "espeak-ng");
        return new Speech(pcm, Loudness.measure(pcm));
    }

    @Override
    public void close() {}
}
