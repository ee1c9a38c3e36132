package dev.audiobook.audio;

/** The text tags of a WAV file's LIST/INFO chunk: INAM (title) and IART (artist, here the author). */
public record WavInfo(String title, String artist) {}
