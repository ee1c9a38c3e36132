package dev.audiobook.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The cache key of a segment: a SHA-256 of everything its audio depends on, the spoken text, the voice,
 * the audio format and the version of the engine code. Changing any of them makes a new key.
 */
public final class SegmentKey {
    /** Raise when a change to synthesis changes the samples it makes, so old entries are not reused. */
    public static final int ENGINE_VERSION = 3;

    private SegmentKey() {}

    public static String of(String voiceDescription, String spokenText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("audiobook-engine " + ENGINE_VERSION + "\n" + voiceDescription + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(spokenText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
