package dev.audiobook.tts;

import dev.audiobook.audio.Loudness;
import dev.audiobook.audio.PcmFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Speech from Flite, the C engine FreeTTS was ported from, run as a program once per piece of text. Run as a
 * program it costs a few milliseconds a call against tens of milliseconds of synthesis, and it needs no
 * native library bound into the tool. Flite writes a WAV only to a file it can seek in, so each worker has a
 * folder of its own, removed when it closes.
 */
public final class FliteSynthesizer implements Synthesizer {
    private final VoiceSettings settings;
    private final PcmFormat format;
    private final Path folder;
    private final Path wav;

    public FliteSynthesizer(VoiceSettings settings) {
        this.settings = settings;
        EngineVoice voice = VoiceCatalog.find(Engine.FLITE, settings.name())
                .orElseThrow(() -> new IllegalArgumentException("not a Flite voice: " + settings.name()));
        this.format = new PcmFormat(voice.sampleRate(), 16, 1);
        try {
            this.folder = Files.createTempDirectory("audiobook-flite");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for Flite's output: " + e.getMessage(), e);
        }
        this.wav = folder.resolve("speech.wav");
    }

    @Override
    public PcmFormat format() {
        return format;
    }

    @Override
    public Speech speak(String text) {
        List<String> command = new ArrayList<>(List.of(Engine.FLITE.program(), "-voice", settings.name()));
        if (settings.speed() != 1) {
            command.addAll(List.of("--setf", "duration_stretch=" + number(1 / settings.speed())));
        }
        if (!settings.ownPitch()) {
            command.addAll(List.of("--setf", "int_f0_target_mean=" + number(settings.pitch()),
                    "--setf", "int_f0_target_stddev=" + number(settings.pitchRange())));
        }
        command.addAll(List.of("-t", settings.pronunciations().respelled(text), "-o", wav.toString()));
        EngineOutput.run(command, "");
        try {
            byte[] pcm = EngineOutput.pcm(Files.readAllBytes(wav), format, "flite");
            return new Speech(pcm, Loudness.measure(pcm));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Flite's speech: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(wav);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary file the system cleans up in time
        }
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
