package dev.audiobook.tts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The voices each engine has, and the voice for a language. */
public final class VoiceCatalog {
    private static final List<EngineVoice> FREETTS = List.of(
            new EngineVoice(Engine.FREETTS, "kevin16", "en-US", 16000, "American man, diphones (the default)"),
            new EngineVoice(Engine.FREETTS, "kevin", "en-US", 8000, "American man, diphones, telephone quality"));
    private static final List<EngineVoice> FLITE = List.of(
            new EngineVoice(Engine.FLITE, "rms", "en-US", 16000, "American man, statistical (the clearest)"),
            new EngineVoice(Engine.FLITE, "slt", "en-US", 16000, "American woman, statistical"),
            new EngineVoice(Engine.FLITE, "awb", "en-GB", 16000, "Scottish man, statistical"),
            new EngineVoice(Engine.FLITE, "kal16", "en-US", 16000, "American man, diphones (kevin16's recordings)"),
            new EngineVoice(Engine.FLITE, "kal", "en-US", 8000, "American man, diphones, telephone quality"));
    /** espeak-ng speaks at one rate, whatever the voice. */
    static final int ESPEAK_NG_RATE = 22050;
    private static volatile List<EngineVoice> espeakNg;

    private VoiceCatalog() {}

    /** The engine's voices; espeak-ng's only when it is installed, as it lists them itself. */
    public static List<EngineVoice> of(Engine engine) {
        return switch (engine) {
            case FREETTS -> FREETTS;
            case FLITE -> FLITE;
            case ESPEAK_NG -> espeakNgVoices();
        };
    }

    public static Optional<EngineVoice> find(Engine engine, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return of(engine).stream().filter(v -> v.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /**
     * The espeak-ng voice for a language: the one of that exact variety ("fr-ca"), else the language's own
     * (for "fr", fr-fr rather than fr-be), which comes first in the list.
     */
    public static Optional<EngineVoice> speaking(String language) {
        return speaking(language, espeakNgVoices());
    }

    static Optional<EngineVoice> speaking(String language, List<EngineVoice> voices) {
        String wanted = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return voices.stream().filter(v -> v.name().equals(wanted)).findFirst()
                .or(() -> voices.stream().filter(v -> v.speaks(wanted)).findFirst());
    }

    private static List<EngineVoice> espeakNgVoices() {
        List<EngineVoice> voices = espeakNg;
        if (voices == null) {
            voices = Engine.ESPEAK_NG.installed() ? parseEspeakNgVoices(Engine.ESPEAK_NG.ask("--voices")) : List.of();
            espeakNg = voices;
        }
        return voices;
    }

    /**
     * The table {@code espeak-ng --voices} prints: priority, language, age and gender, name, file. Each
     * language's own voice, the one in the file named for the language (fr-fr in roa/fr), is put first. The
     * mbrola voices are left out: they need mbrola and its voice packages, which few machines have.
     */
    static List<EngineVoice> parseEspeakNgVoices(String table) {
        List<EngineVoice> own = new ArrayList<>();
        List<EngineVoice> others = new ArrayList<>();
        for (String line : table.split("\\R")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length < 5 || !columns[0].matches("\\d+") || columns[4].startsWith("mb/")) {
                continue;
            }
            String gender = columns[2].endsWith("F") ? "woman" : "man";
            EngineVoice voice = new EngineVoice(Engine.ESPEAK_NG, columns[1], columns[1], ESPEAK_NG_RATE,
                    columns[3].replace('_', ' ') + ", " + gender + ", formant synthesis");
            String file = columns[4].substring(columns[4].lastIndexOf('/') + 1);
            (file.equalsIgnoreCase(EngineVoice.primary(voice.name())) ? own : others).add(voice);
        }
        own.addAll(others);
        return List.copyOf(own);
    }
}
