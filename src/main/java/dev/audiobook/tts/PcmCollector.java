package dev.audiobook.tts;

import com.sun.speech.freetts.ProcessException;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.relp.LPCResult;
import dev.audiobook.audio.Loudness;
import java.util.Arrays;

/** The last step of the voice: the speech of each utterance, kept as PCM instead of played. */
final class PcmCollector implements UtteranceProcessor {
    private byte[] pcm = new byte[1 << 16];
    private int size;
    private Loudness.Levels levels = Loudness.Levels.NONE;
    private volatile int sampleRate;

    @Override
    public synchronized void processUtterance(Utterance utterance) throws ProcessException {
        LPCResult lpc = (LPCResult) utterance.getObject("target_lpcres");
        if (lpc == null) {
            throw new ProcessException("the utterance has no LPC result");
        }
        sampleRate = lpc.getSampleRate();
        int needed = size + LpcWaveform.pcmBytes(lpc);
        if (needed > pcm.length) {
            pcm = Arrays.copyOf(pcm, Math.max(needed, pcm.length * 2));
        }
        LpcWaveform.Written written = LpcWaveform.write(lpc, pcm, size);
        size = written.end();
        levels = levels.plus(written.levels());
    }

    /** Hands over what was collected since the last call, with its levels. */
    synchronized Speech take() {
        Speech taken = new Speech(Arrays.copyOf(pcm, size), levels);
        size = 0;
        levels = Loudness.Levels.NONE;
        return taken;
    }

    int sampleRate() {
        return sampleRate;
    }
}
