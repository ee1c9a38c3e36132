package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.output.AudioFileFormat;
import dev.audiobook.testing.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the command says of its own options: the help, and a command line it cannot run. */
class UsageTest {
    @Test
    void aMistypedOptionIsTheReasonTheLikelyOptionAndWhereToLookNotTheWholeHelp() {
        CommandRun run = CommandRun.of("--dryrun", "story.txt");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEqualTo("Unknown option: '--dryrun'\n"
                + "Possible solutions: --dry-run\n"
                + "Try 'audiobook --help' for more information.\n");
    }

    @Test
    void anOptionWithNoLikeNameOrABadValueIsTwoLines() {
        for (String[] args : new String[][] {{"--frobnicate"}, {"--jobs", "x"}, {"--format", "ogg"}}) {
            CommandRun run = CommandRun.of(args);

            assertThat(run.exitCode()).as(run.stderr()).isEqualTo(2);
            assertThat(run.stderr().lines()).as(run.stderr()).hasSize(2).last()
                    .isEqualTo("Try 'audiobook --help' for more information.");
        }
    }

    @Test
    void theHelpAndTheReadmeGiveTheBitratesTheEncoderUses() throws Exception {
        String help = CommandRun.of("--help").stdout().replaceAll("\\s+", " ");
        String readme = Files.readString(Path.of("README.md"));

        Matcher helpDefaults = Pattern.compile("default: (\\d+) for m4b, (\\d+) for mp3").matcher(help);
        Matcher readmeDefaults = Pattern.compile("`--bitrate KBPS` \\|[^|]*default (\\d+) for m4b[^|]* and (\\d+) for mp3")
                .matcher(readme);
        assertThat(helpDefaults.find()).as(help).isTrue();
        assertThat(readmeDefaults.find()).isTrue();
        for (Matcher defaults : new Matcher[] {helpDefaults, readmeDefaults}) {
            assertThat(AudioFileFormat.M4B.encoding(OptionalInt.empty())).contains("-b:a " + defaults.group(1) + "k");
            assertThat(AudioFileFormat.MP3.encoding(OptionalInt.empty())).contains("-b:a " + defaults.group(2) + "k");
        }
    }
}
