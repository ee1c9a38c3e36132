package dev.audiobook.tts;

import dev.audiobook.audio.PcmFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs an engine's program for one piece of text and reads the WAV it makes. */
final class EngineOutput {
    private EngineOutput() {}

    /** What the program writes to its standard output, the text given on its input; fails with what it said. */
    static byte[] run(List<String> command, String input) {
        try {
            Process process = new ProcessBuilder(command).start();
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = readAll(process.getInputStream());
            int exit = process.waitFor();
            if (exit != 0) {
                String said = new String(errors.join(), StandardCharsets.UTF_8).strip().replaceAll("\\s*\\R\\s*", "; ");
                throw new IllegalStateException(command.get(0) + " failed (exit " + exit + ")"
                        + (said.isEmpty() ? "" : ": " + said));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(command.get(0) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + command.get(0) + " was speaking", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The samples of a 16-bit mono WAV in the expected format. A WAV written to a pipe gives no true data
     * size (espeak-ng's says 2 GB), so the data runs to the end of what was written.
     */
    static byte[] pcm(byte[] wav, PcmFormat expected, String engine) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IllegalStateException(engine + " wrote no WAV (" + wav.length + " bytes)");
        }
        int at = 12;
        boolean formatSeen = false;
        while (at + 8 <= wav.length) {
            int id = b.getInt(at);
            long size = Integer.toUnsignedLong(b.getInt(at + 4));
            if (id == 0x20746d66) { // "fmt "
                int channels = b.getShort(at + 10);
                int rate = b.getInt(at + 12);
                int bits = b.getShort(at + 22);
                if (!new PcmFormat(rate, bits, channels).equals(expected)) {
                    throw new IllegalStateException(engine + " spoke " + bits + "-bit, " + channels + " channel(s) at "
                            + rate + " Hz, not " + expected);
                }
                formatSeen = true;
            } else if (id == 0x61746164 && formatSeen) { // "data"
                int end = (int) Math.min(wav.length, at + 8 + size);
                return Arrays.copyOfRange(wav, at + 8, end - (end - at - 8) % 2);
            }
            at += 8 + (int) Math.min(size + (size & 1), wav.length);
        }
        throw new IllegalStateException(engine + " wrote a WAV without samples");
    }
}
