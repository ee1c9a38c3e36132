package dev.audiobook.tts;

import java.util.Locale;

/**
 * A voice an engine has.
 *
 * @param name as a profile names it: kevin16, rms, fr
 * @param language the BCP 47 tag of the language it speaks: en-US, fr-FR
 * @param sampleRate the rate it speaks at, in Hz
 * @param description what it sounds like, for --list-voices
 */
public record EngineVoice(Engine engine, String name, String language, int sampleRate, String description) {
    /** Whether it speaks this language, as a book gives it: "fr", "fr-CA", "en_GB". */
    public boolean speaks(String bookLanguage) {
        return primary(language).equals(primary(bookLanguage));
    }

    static String primary(String language) {
        return language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }
}
