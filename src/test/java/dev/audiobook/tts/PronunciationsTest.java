package dev.audiobook.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.speech.freetts.en.us.CMULexicon;
import dev.audiobook.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PronunciationsTest {
    @TempDir
    Path dir;

    @Test
    void respellingsAndPhonesChangeThePhonesFreeTtsUses() throws Exception {
        Path file = Files.writeString(dir.resolve("names.lexicon"),
                "# names\nHermione = her my oh nee\nSiobhan = /SH IH0 V AO1 N/\n");
        Pronunciations lexicon = Pronunciations.load(file);
        CMULexicon cmu = new CMULexicon("cmulex");
        cmu.load();
        String before = String.join(" ", cmu.getPhones("hermione", null));

        lexicon.applyTo(cmu);

        assertThat(before).isEqualTo("hh er1 m iy ow1 n iy");
        assertThat(String.join(" ", cmu.getPhones("hermione", null))).isEqualTo("hh er m ay ow1 n iy1");
        assertThat(String.join(" ", cmu.getPhones("siobhan", null))).isEqualTo("sh ih v ao1 n");
    }

    @Test
    void theVoiceSpeaksTheLexiconsWay() throws Exception {
        Path file = Files.writeString(dir.resolve("l.lexicon"), "Hermione = her my oh nee\n");
        VoiceSettings plain = VoiceSettings.DEFAULT;
        VoiceSettings withLexicon = new VoiceSettings("kevin16", 150, 100, 11, Pronunciations.load(file));
        try (FreeTtsSynthesizer a = new FreeTtsSynthesizer(plain); FreeTtsSynthesizer b = new FreeTtsSynthesizer(withLexicon)) {
            assertThat(b.synthesize("Hermione smiled.")).isNotEqualTo(a.synthesize("Hermione smiled."));
            assertThat(b.synthesize("The sea was calm.")).isEqualTo(a.synthesize("The sea was calm."));
        }
        assertThat(withLexicon.describe()).isNotEqualTo(plain.describe());
    }

    @Test
    void badLinesAreRefusedNamingTheLine() throws Exception {
        Path noEquals = Files.writeString(dir.resolve("a.lexicon"), "Hermione her my oh nee\n");
        Path badPhone = Files.writeString(dir.resolve("b.lexicon"), "# x\nSiobhan = /SH QQ1 N/\n");

        assertThatThrownBy(() -> Pronunciations.load(noEquals)).isInstanceOf(UserError.class)
                .hasMessage(noEquals + ":1: write 'word = respelling' or 'word = /ARPAbet phones/', not 'Hermione her my oh nee'");
        assertThatThrownBy(() -> Pronunciations.load(badPhone)).isInstanceOf(UserError.class)
                .hasMessage(badPhone + ":2: 'QQ1' is not an ARPAbet phone");
    }
}
