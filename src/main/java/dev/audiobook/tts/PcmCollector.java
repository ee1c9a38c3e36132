package dev.audiobook.tts;

import com.sun.speech.freetts.ProcessException;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.relp.LPCResult;
import java.util.Arrays;

/** The last step of the voice: the speech of each utterance, kept as PCM instead of played. */
final class PcmCollector implements UtteranceProcessor {
    private byte[] pcm = new byte[1 << 16];
    private int size;
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
        size = LpcWaveform.write(lpc, pcm, size);
    }

    /** Hands over what was collected since the last call. */
    synchronized byte[] take() {
        byte[] taken = Arrays.copyOf(pcm, size);
        size = 0;
        return taken;
    }

    int sampleRate() {
        return sampleRate;
    }
}
