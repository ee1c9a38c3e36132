package dev.audiobook.audio;

import java.io.IOException;
import java.nio.channels.FileChannel;

/** Where the assembled audio goes: one WAV file, or a WAV file per chapter. */
public interface AudioSink {
    PcmFormat format();

    /** Sample frames written so far, across all files. */
    long frames();

    default void writeSilence(int millis) throws IOException {
        writeSilenceFrames(format().framesFor(format().bytesForMillis(millis)));
    }

    void writeSilenceFrames(long frames) throws IOException;

    void writePcm(byte[] pcm) throws IOException;

    /** Appends PCM that lies in a file, as in an earlier output. */
    void copyPcm(FileChannel source, long position, long bytes) throws IOException;

    /** A chapter starts here. */
    void markChapter(String title) throws IOException;
}
