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
    void missingKeysTakeTheDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("slow.properties"), "chapterPause = 3000\n");

        assertThat(VoiceProfile.load(file)).isEqualTo(new VoiceProfile("kevin16", new Pauses(600, 3000)));
    }

    @Test
    void badValuesAreRefusedNamingKeyValueAndWhatIsAllowed() throws Exception {
        Path badVoice = Files.writeString(dir.resolve("a.properties"), "voice = alan\n");
        Path badPause = Files.writeString(dir.resolve("b.properties"), "paragraphPause = long\n");
        Path unknown = Files.writeString(dir.resolve("c.properties"), "speed = 3\n");

        assertThatThrownBy(() -> VoiceProfile.load(badVoice)).isInstanceOf(UserError.class)
                .hasMessage(badVoice + ": voice = 'alan' is not a FreeTTS voice; use one of kevin16, kevin");
        assertThatThrownBy(() -> VoiceProfile.load(badPause)).isInstanceOf(UserError.class)
                .hasMessage(badPause + ": paragraphPause = 'long' is not allowed; give milliseconds from 0 to 60000");
        assertThatThrownBy(() -> VoiceProfile.load(unknown)).isInstanceOf(UserError.class)
                .hasMessageContaining("unknown key 'speed'");
    }
}
