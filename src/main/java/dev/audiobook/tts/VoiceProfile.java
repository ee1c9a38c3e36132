package dev.audiobook.tts;

import dev.audiobook.UserError;
import dev.audiobook.book.Pauses;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A voice profile, a {@code .properties} file in {@code voices/}: which engine and voice, how fast and how
 * high it speaks, and the pauses between paragraphs and chapters. Missing keys take the default's values.
 */
public record VoiceProfile(VoiceSettings voice, Pauses pauses, Optional<VoiceSettings> dialogue) {
    public static final VoiceProfile DEFAULT = new VoiceProfile(VoiceSettings.DEFAULT, Pauses.DEFAULT);

    public VoiceProfile(VoiceSettings voice, Pauses pauses) {
        this(voice, pauses, Optional.empty());
    }
    public static final Path FOLDER = Path.of("voices");
    public static final Path DEFAULT_FILE = FOLDER.resolve("default.properties");
    private static final List<String> KEYS =
            List.of("engine", "voice", "rate", "pitch", "pitchRange", "volume", "lexicon", "dialogue", "paragraphPause",
                    "chapterPause");
    private static final int MAX_PAUSE_MILLIS = 60_000;

    /** The profile in voices/default.properties when there is one, else the built-in default. */
    public static VoiceProfile loadDefault() throws UserError {
        return Files.isRegularFile(DEFAULT_FILE) ? load(DEFAULT_FILE) : DEFAULT;
    }

    /** A profile by name (voices/NAME.properties) or by path. */
    public static VoiceProfile find(String nameOrFile) throws UserError {
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            file = FOLDER.resolve(nameOrFile + ".properties");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError("--voice " + nameOrFile + ": no such profile; give a file, or a name from "
                    + FOLDER + "/ (see --list-voices)");
        }
        return load(file);
    }

    /** Reads a .properties profile; missing keys take the default's values. */
    public static VoiceProfile load(Path file) throws UserError {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such voice profile", e);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read the voice profile: " + e.getMessage(), e);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new UserError(file + ": unknown key '" + key + "'; the keys are " + String.join(", ", KEYS));
            }
        }
        String engineName = p.getProperty("engine", Engine.FREETTS.key()).strip();
        Engine engine = Engine.named(engineName).orElseThrow(() -> new UserError(file + ": engine = '" + engineName
                + "' is not an engine; use freetts, flite or espeak-ng"));
        String voice = p.getProperty("voice", engine == Engine.FREETTS ? DEFAULT.voice().name() : "").strip();
        boolean listed = VoiceCatalog.find(engine, voice).isPresent();
        // espeak-ng's voices are known only where it is installed; elsewhere the run says how to install it.
        if (!listed && (engine != Engine.ESPEAK_NG || engine.installed() || voice.isEmpty())) {
            throw new UserError(file + ": voice = '" + voice + "' is not a voice of " + engine.displayName() + "; "
                    + (engine == Engine.ESPEAK_NG ? "--list-voices shows them" : "use one of " + String.join(", ",
                            VoiceCatalog.of(engine).stream().map(EngineVoice::name).toList())));
        }
        Pronunciations pronunciations = Pronunciations.NONE;
        String lexicon = p.getProperty("lexicon");
        if (lexicon != null) {
            // A lexicon is found beside the profile that names it.
            Path lexiconFile = file.toAbsolutePath().getParent().resolve(lexicon.strip());
            if (!Files.isRegularFile(lexiconFile)) {
                throw new UserError(file + ": lexicon = '" + lexicon.strip() + "' is not a file beside the profile");
            }
            pronunciations = Pronunciations.load(lexiconFile);
            if (engine != Engine.FREETTS && pronunciations.hasPhones()) {
                throw new UserError(file + ": lexicon = '" + lexicon.strip() + "' gives phones between slashes, which "
                        + "only FreeTTS takes; for " + engine.displayName() + " write each word as a respelling");
            }
        }
        VoiceSettings settings = new VoiceSettings(voice,
                number(file, p, "rate", DEFAULT.voice().rate(), 50, 500, "words per minute"),
                number(file, p, "pitch", DEFAULT.voice().pitch(), 40, 400, "Hz"),
                number(file, p, "pitchRange", DEFAULT.voice().pitchRange(), 0, 100, "Hz"),
                pronunciations,
                number(file, p, "volume", DEFAULT.voice().volume(), 0.1f, 1, "a share of full loudness"), engine);
        Pauses pauses = new Pauses(
                (int) number(file, p, "paragraphPause", DEFAULT.pauses().paragraphMillis(), 0, MAX_PAUSE_MILLIS,
                        "milliseconds"),
                (int) number(file, p, "chapterPause", DEFAULT.pauses().chapterMillis(), 0, MAX_PAUSE_MILLIS,
                        "milliseconds"));
        Optional<VoiceSettings> dialogue = Optional.empty();
        String dialogueName = p.getProperty("dialogue");
        if (dialogueName != null) {
            dialogue = Optional.of(dialogueVoice(file, dialogueName.strip()));
        }
        return new VoiceProfile(settings, pauses, dialogue);
    }

    /** The voice of another profile, beside this one, for quoted speech. */
    private static VoiceSettings dialogueVoice(Path file, String name) throws UserError {
        Path dir = file.toAbsolutePath().getParent();
        Path other = dir.resolve(name.endsWith(".properties") ? name : name + ".properties");
        if (!Files.isRegularFile(other) || other.equals(file.toAbsolutePath())) {
            throw new UserError(file + ": dialogue = '" + name + "' is not another profile beside this one");
        }
        return load(other).voice();
    }

    private static float number(Path file, Properties p, String key, float fallback, float min, float max,
            String unit) throws UserError {
        String value = p.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            float number = Float.parseFloat(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with what is allowed
        }
        throw new UserError(file + ": " + key + " = '" + value.strip() + "' is not allowed; give " + unit + " from "
                + format(min) + " to " + format(max));
    }

    private static String format(float f) {
        return f == Math.rint(f) ? Integer.toString((int) f) : Float.toString(f);
    }
}
