package dev.audiobook.tts;

import dev.audiobook.UserError;
import dev.audiobook.book.Pauses;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** How the book is voiced: which FreeTTS voice, and the pauses between paragraphs and chapters. */
public record VoiceProfile(String voice, Pauses pauses) {
    public static final VoiceProfile DEFAULT = new VoiceProfile(FreeTtsSynthesizer.DEFAULT_VOICE, Pauses.DEFAULT);
    public static final Path DEFAULT_FILE = Path.of("voices", "default.properties");
    private static final List<String> VOICES = List.of("kevin16", "kevin");
    private static final List<String> KEYS = List.of("voice", "paragraphPause", "chapterPause");
    private static final int MAX_PAUSE_MILLIS = 60_000;

    /** The profile in voices/default.properties when there is one, else the built-in default. */
    public static VoiceProfile loadDefault() throws UserError {
        return Files.isRegularFile(DEFAULT_FILE) ? load(DEFAULT_FILE) : DEFAULT;
    }

    /** Reads a .properties profile; missing keys take the default's values. */
    public static VoiceProfile load(Path file) throws UserError {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read the voice profile: " + e.getMessage(), e);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new UserError(file + ": unknown key '" + key + "'; the keys are " + String.join(", ", KEYS));
            }
        }
        String voice = p.getProperty("voice", DEFAULT.voice()).strip();
        if (!VOICES.contains(voice)) {
            throw new UserError(file + ": voice = '" + voice + "' is not a FreeTTS voice; use one of "
                    + String.join(", ", VOICES));
        }
        int paragraph = millis(file, p, "paragraphPause", DEFAULT.pauses().paragraphMillis());
        int chapter = millis(file, p, "chapterPause", DEFAULT.pauses().chapterMillis());
        return new VoiceProfile(voice, new Pauses(paragraph, chapter));
    }

    private static int millis(Path file, Properties p, String key, int fallback) throws UserError {
        String value = p.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            int millis = Integer.parseInt(value.strip());
            if (millis >= 0 && millis <= MAX_PAUSE_MILLIS) {
                return millis;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with what is allowed
        }
        throw new UserError(file + ": " + key + " = '" + value.strip() + "' is not allowed; give milliseconds from 0 to "
                + MAX_PAUSE_MILLIS);
    }
}
