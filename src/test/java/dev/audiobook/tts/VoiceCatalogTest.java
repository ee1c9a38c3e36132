package dev.audiobook.tts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceCatalogTest {
    /** As espeak-ng 1.51 prints it, in part. */
    private static final String TABLE = """
            Pty Language       Age/Gender VoiceName          File                 Other Languages
             5  de              --/M      German             gmw/de
             6  de              --/F      german-mbrola-1    mb/mb-de1
             2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
             2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
             5  fr-be           --/M      French_(Belgium)   roa/fr-BE            (fr 8)
             6  fr-ca           --/M      fr-canadian-mbrola-1 mb/mb-ca1            (fr 10)
             5  fr-ch           --/M      French_(Switzerland) roa/fr-CH            (fr 8)
             5  fr-fr           --/M      French_(France)    roa/fr               (fr 5)
            """;

    @Test
    void espeakNgsTableGivesItsVoicesWithoutMbrolas() {
        List<EngineVoice> voices = VoiceCatalog.parseEspeakNgVoices(TABLE);

        assertThat(voices).extracting(EngineVoice::name)
                .containsExactlyInAnyOrder("de", "en-gb", "en-us", "fr-be", "fr-ch", "fr-fr");
        assertThat(voices).allSatisfy(v -> assertThat(v.sampleRate()).isEqualTo(22050));
        assertThat(voices.get(0).description()).isEqualTo("German, man, formant synthesis");
    }

    @Test
    void aLanguageGetsItsExactVarietyElseItsOwnVoice() {
        List<EngineVoice> voices = VoiceCatalog.parseEspeakNgVoices(TABLE);

        assertThat(VoiceCatalog.speaking("fr", voices)).map(EngineVoice::name).contains("fr-fr");
        assertThat(VoiceCatalog.speaking("fr-CH", voices)).map(EngineVoice::name).contains("fr-ch");
        assertThat(VoiceCatalog.speaking("fr_CA", voices)).map(EngineVoice::name).contains("fr-fr");
        assertThat(VoiceCatalog.speaking("de-AT", voices)).map(EngineVoice::name).contains("de");
        assertThat(VoiceCatalog.speaking("en", voices)).map(EngineVoice::name).contains("en-gb");
        assertThat(VoiceCatalog.speaking("fi", voices)).isEmpty();
    }

    @Test
    void fliteAndFreeTtsVoicesAreKnownWithoutRunningThem() {
        assertThat(VoiceCatalog.find(Engine.FLITE, "RMS")).map(EngineVoice::sampleRate).contains(16000);
        assertThat(VoiceCatalog.find(Engine.FLITE, "kal")).map(EngineVoice::sampleRate).contains(8000);
        assertThat(VoiceCatalog.find(Engine.FREETTS, "kevin16")).map(EngineVoice::language).contains("en-US");
        assertThat(VoiceCatalog.find(Engine.FREETTS, "rms")).isEmpty();
    }
}
