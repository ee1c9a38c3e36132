package dev.audiobook.tts;

import dev.audiobook.UserError;
import java.util.Optional;

/**
 * The voices that read one book, and the sample rate its audio is made at: the narrator's. The profile's
 * voices read a book in their language; a book in another language is read by espeak-ng's voice for it, at
 * the profile's rate and pitch.
 *
 * @param narrator the voice that reads the book
 * @param dialogue the voice of quoted speech, the narrator's when the profile has no second voice
 * @param language the language the narrator speaks, as a BCP 47 tag
 */
public record BookVoices(VoiceSettings narrator, VoiceSettings dialogue, String language) {
    /** The profile's voices as they are, for a book in their language. */
    public static BookVoices of(VoiceSettings narrator, Optional<VoiceSettings> dialogue) {
        return new BookVoices(narrator, dialogue.orElse(narrator), voiceOf(narrator).language());
    }

    /**
     * The voices for a book in this language (none known: the profile's). A missing engine, or a language no
     * installed voice speaks, is an error that says what to do.
     */
    public static BookVoices choose(VoiceSettings narrator, Optional<VoiceSettings> dialogue,
            Optional<String> bookLanguage) throws UserError {
        requireInstalled(narrator);
        if (dialogue.isPresent()) {
            requireInstalled(dialogue.get());
        }
        BookVoices profile = of(narrator, dialogue);
        if (bookLanguage.isEmpty() || voiceOf(narrator).speaks(bookLanguage.get())) {
            return profile;
        }
        String language = bookLanguage.get();
        if (!Engine.ESPEAK_NG.installed()) {
            throw new UserError("the book is in language '" + language + "' and " + narrator.name()
                    + " speaks " + voiceOf(narrator).language() + "; " + Engine.ESPEAK_NG.installHint()
                    + ", or give --language " + voiceOf(narrator).language() + " to read it with " + narrator.name());
        }
        EngineVoice voice = VoiceCatalog.speaking(language).orElseThrow(() -> new UserError(
                "the book is in language '" + language + "' and no voice here speaks it; give --language "
                        + voiceOf(narrator).language() + " to read it with " + narrator.name()));
        VoiceSettings reader = narrator.speakingAs(voice);
        return new BookVoices(reader, dialogue.map(d -> d.speakingAs(voice)).orElse(reader), voice.language());
    }

    /** Whether the narrator speaks English, whose numbers, dates and abbreviations the tool spells out itself. */
    public boolean english() {
        return EngineVoice.primary(language).equals("en");
    }

    /** The book's sample rate: the narrator's own. The dialogue voice is resampled to it. */
    public int sampleRate() {
        return Voices.sampleRateOf(narrator);
    }

    /** Who reads the book, for the tags: "FreeTTS kevin16". */
    public String narratorName() {
        return narrator.engine().displayName() + " " + narrator.name();
    }

    private static EngineVoice voiceOf(VoiceSettings settings) {
        return VoiceCatalog.find(settings.engine(), settings.name())
                .orElse(new EngineVoice(settings.engine(), settings.name(), settings.name(),
                        Voices.sampleRateOf(settings), ""));
    }

    private static void requireInstalled(VoiceSettings voice) throws UserError {
        if (!voice.engine().installed()) {
            throw new UserError("the voice " + voice.name() + " needs " + voice.engine().displayName() + ": "
                    + voice.engine().installHint());
        }
    }
}
