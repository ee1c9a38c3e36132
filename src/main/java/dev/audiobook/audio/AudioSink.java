package dev.audiobook.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Where the assembled audio goes: one WAV file, or a WAV file per chapter. */
public interface AudioSink {
    PcmFormat format();

    /** Sample frames written so far, across all files. */
    long frames();

    void writeSilence(int millis) throws IOException;

    void writePcm(byte[] pcm) throws IOException;

    /** Appends PCM that lies in a file, as from an earlier output. */
    default void copyPcm(FileChannel source, long position, long bytes) throws IOException {
        ByteBuffer pcm = ByteBuffer.allocate(Math.toIntExact(bytes));
        while (pcm.hasRemaining()) {
            if (source.read(pcm, position + pcm.position()) < 0) {
                throw new IOException("the earlier audio ends before its index says");
            }
        }
        writePcm(pcm.array());
    }

    /** A chapter starts here. */
    void markChapter(String title) throws IOException;
}
