package dev.audiobook;

import dev.audiobook.audio.Loudness;
import dev.audiobook.book.Pauses;
import dev.audiobook.output.Delivery;
import dev.audiobook.tts.VoiceSettings;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to make the audiobook, once the command line is parsed.
 *
 * @param encoding the input's encoding, when the user overrides detection
 * @param chapterPattern lines that are chapter headings, when the user overrides detection
 * @param loudness how loud the speech is, and how high its peaks may go
 * @param useCache whether segments are taken from and kept in the output folder's cache
 * @param delivery the files the audiobook is delivered as: formats, bitrate, cover, year
 * @param split one WAV file per chapter and a playlist, instead of one file
 * @param dialogue a second voice for quoted speech
 * @param language the book's language, when the user overrides what the book says
 */
public record BookOptions(
        Optional<String> title,
        Optional<String> author,
        Optional<Charset> encoding,
        Optional<Pattern> chapterPattern,
        VoiceSettings voice,
        int jobs,
        Pauses pauses,
        Loudness.Target loudness,
        boolean useCache,
        Delivery delivery,
        boolean split,
        Optional<VoiceSettings> dialogue,
        Optional<String> language) {
    public BookOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    /** Everything in these options that what is made depends on: all but the number of workers and the cache. */
    public String describe() {
        return String.join("\n", "title " + title, "author " + author, "encoding " + encoding,
                "chapters " + chapterPattern.map(Pattern::pattern), "voice " + voice.describe() + " " + voice.volume(),
                "pauses " + pauses, "loudness " + loudness, "delivery " + delivery, "split " + split,
                "dialogue " + dialogue.map(d -> d.describe() + " " + d.volume()), "language " + language);
    }
}
