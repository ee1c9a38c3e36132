package dev.audiobook.text;

import java.nio.charset.Charset;

/**
 * A text file's content and the encoding it was read in.
 *
 * @param digest the SHA-256 of the file's bytes as they were read
 */
public record LoadedText(String text, Charset charset, String digest) {}
