package dev.audiobook.text;

import java.nio.charset.Charset;

/** A text file's content and the encoding it was read in. */
public record LoadedText(String text, Charset charset) {}
