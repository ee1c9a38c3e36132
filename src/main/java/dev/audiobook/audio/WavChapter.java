package dev.audiobook.audio;

/** A chapter marker: where the chapter starts, in sample frames from the start of the audio, and its title. */
public record WavChapter(long frame, String title) {}
