package dev.audiobook.tts;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Voices for the workers, the first one loaded in the background from the start, while the book is still
 * being read and planned: loading a voice for the first time takes a third of a second.
 */
public final class PreloadedVoices implements Supplier<Synthesizer>, AutoCloseable {
    private final VoiceSettings settings;
    private final int sampleRate;
    private final CompletableFuture<Synthesizer> first;
    private boolean firstTaken;

    public PreloadedVoices(VoiceSettings settings, int sampleRate) {
        this.settings = settings;
        this.sampleRate = sampleRate;
        this.first = CompletableFuture.supplyAsync(() -> Voices.open(settings, sampleRate), runnable -> {
            Thread loader = new Thread(runnable, "voice-loader");
            loader.setDaemon(true);
            loader.start();
        });
    }

    /** Whether this is the voice asked for, at the rate asked for. */
    public boolean speaksAs(VoiceSettings wanted, int wantedRate) {
        return settings.equals(wanted) && sampleRate == wantedRate;
    }

    @Override
    public synchronized Synthesizer get() {
        if (!firstTaken) {
            firstTaken = true;
            return first.join();
        }
        return Voices.open(settings, sampleRate);
    }

    /** Closes the preloaded voice if no worker took it; the workers close the ones they took. */
    @Override
    public synchronized void close() {
        if (!firstTaken) {
            firstTaken = true;
            first.thenAccept(Synthesizer::close);
        }
    }
}
