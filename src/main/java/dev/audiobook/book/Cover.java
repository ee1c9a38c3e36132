package dev.audiobook.book;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A cover picture.
 *
 * @param extension "jpg" or "png", what the bytes are
 */
public record Cover(byte[] bytes, String extension) {
    public Cover {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Tells two covers apart, for deciding whether a file made with one is up to date. */
    public String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JPEG or PNG, by the picture's first bytes; anything else no player's library shows. */
    public static java.util.Optional<Cover> of(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
            return java.util.Optional.of(new Cover(bytes, "jpg"));
        }
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return java.util.Optional.of(new Cover(bytes, "png"));
        }
        return java.util.Optional.empty();
    }
}
