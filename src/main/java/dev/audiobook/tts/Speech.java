package dev.audiobook.tts;

import dev.audiobook.audio.Loudness;

/** A text's speech as the voice made it: little-endian PCM, and its levels for the loudness stage. */
public record Speech(byte[] pcm, Loudness.Levels levels) {}
