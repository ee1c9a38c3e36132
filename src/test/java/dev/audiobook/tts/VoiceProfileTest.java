package dev.audiobook.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.audiobook.UserError;
import dev.audiobook.book.Pauses;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoiceProfileTest {
    @TempDir
    Path dir;

    @Test
    void theShippedDefaultProfileIsTheBuiltInDefault() throws Exception {
        assertThat(VoiceProfile.load(Path.of("voices/default.properties"))).isEqualTo(VoiceProfile.DEFAULT);
    }

    @Test
    void theShippedStorytellerProfileSoundsDifferent() throws Exception {
        VoiceProfile storyteller = VoiceProfile.find("storyteller");

        assertThat(storyteller.voice().name()).isEqualTo("kevin16");
        assertThat(storyteller.voice().rate()).isEqualTo(125);
        assertThat(storyteller.voice().pitch()).isEqualTo(85);
        assertThat(storyteller.voice().pitchRange()).isEqualTo(20);
        assertThat(storyteller.voice().pronunciations().entries()).containsEntry("hermione", "her my oh nee");
        assertThat(storyteller.pauses()).isEqualTo(new Pauses(900, 2500));
        assertThat(storyteller.voice().describe()).isNotEqualTo(VoiceSettings.DEFAULT.describe());
    }

    @Test
    void volumeIsAShareOfTheCommonLevel() throws Exception {
        Path quiet = Files.writeString(dir.resolve("quiet.properties"), "volume = 0.5\n");

        assertThat(VoiceProfile.load(quiet).voice().volume()).isEqualTo(0.5f);
        assertThat(VoiceProfile.DEFAULT.voice().volume()).isEqualTo(1f);
    }

    @Test
    void anUnknownProfileNameIsOneClearLine() {
        assertThatThrownBy(() -> VoiceProfile.find("robot")).isInstanceOf(UserError.class)
                .hasMessage("--voice robot: no such profile; give a file, or a name from voices/ (see --list-voices)");
    }

    @Test
    void missingKeysTakeTheDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("slow.properties"), "chapterPause = 3000\n");

        assertThat(VoiceProfile.load(file)).isEqualTo(new VoiceProfile(VoiceSettings.DEFAULT, new Pauses(600, 3000)));
    }

    @Test
    void badValuesAreRefusedNamingKeyValueAndWhatIsAllowed() throws Exception {
        Path badVoice = Files.writeString(dir.resolve("a.properties"), "voice = alan\n");
        Path badPause = Files.writeString(dir.resolve("b.properties"), "paragraphPause = long\n");
        Path unknown = Files.writeString(dir.resolve("c.properties"), "speed = 3\n");
        Path zeroRate = Files.writeString(dir.resolve("d.properties"), "rate = 0\n");
        Path wordPitch = Files.writeString(dir.resolve("e.properties"), "pitch = high\n");
        Path loud = Files.writeString(dir.resolve("f.properties"), "volume = 2\n");

        assertThatThrownBy(() -> VoiceProfile.load(badVoice)).isInstanceOf(UserError.class)
                .hasMessage(badVoice + ": voice = 'alan' is not a voice of FreeTTS; use one of kevin16, kevin");
        assertThatThrownBy(() -> VoiceProfile.load(badPause)).isInstanceOf(UserError.class)
                .hasMessage(badPause + ": paragraphPause = 'long' is not allowed; give milliseconds from 0 to 60000");
        assertThatThrownBy(() -> VoiceProfile.load(zeroRate)).isInstanceOf(UserError.class)
                .hasMessage(zeroRate + ": rate = '0' is not allowed; give words per minute from 50 to 500");
        assertThatThrownBy(() -> VoiceProfile.load(wordPitch)).isInstanceOf(UserError.class)
                .hasMessage(wordPitch + ": pitch = 'high' is not allowed; give Hz from 40 to 400");
        assertThatThrownBy(() -> VoiceProfile.load(loud)).isInstanceOf(UserError.class)
                .hasMessage(loud + ": volume = '2' is not allowed; give a share of full loudness from 0.1 to 1");
        assertThatThrownBy(() -> VoiceProfile.load(unknown)).isInstanceOf(UserError.class)
                .hasMessageContaining("unknown key 'speed'");
    }
}
