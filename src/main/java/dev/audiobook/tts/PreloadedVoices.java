package dev.audiobook.tts;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Voices for the workers, the first one loaded in the background from the start, while the book is still
 * being read and planned: loading a voice for the first time takes a third of a second.
 */
public final class PreloadedVoices implements Supplier<Synthesizer>, AutoCloseable {
    private final VoiceSettings settings;
    private final CompletableFuture<FreeTtsSynthesizer> first;
    private boolean firstTaken;

    public PreloadedVoices(VoiceSettings settings) {
        this.settings = settings;
        this.first = CompletableFuture.supplyAsync(() -> new FreeTtsSynthesizer(settings), runnable -> {
            Thread loader = new Thread(runnable, "voice-loader");
            loader.setDaemon(true);
            loader.start();
        });
    }

    @Override
    public synchronized Synthesizer get() {
        if (!firstTaken) {
            firstTaken = true;
            return first.join();
        }
        return new FreeTtsSynthesizer(settings);
    }

    /** Closes the preloaded voice if no worker took it; the workers close the ones they took. */
    @Override
    public synchronized void close() {
        if (!firstTaken) {
            firstTaken = true;
            first.thenAccept(FreeTtsSynthesizer::close);
        }
    }
}
