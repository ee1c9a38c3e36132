package dev.audiobook.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.book.Segment;
import dev.audiobook.book.Sentence;
import dev.audiobook.render.Renderer.Placement;
import dev.audiobook.render.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubtitlesTest {
    private static final int RATE = 16000;
    private static final String GO_HOME = "He said “Go home, and do not come back until the storm has passed.”";

    /** A paragraph of two sentences, then a long paragraph in two segments, the second cutting a run-on. */
    private static final List<Placement> PLACEMENTS = List.of(
            placement(segment("It rained. Nobody came.", new Sentence("It rained.", "It rained."),
                    new Sentence("Nobody came.", "Nobody came.")), 12000, 40000, new Span(12000, 20000),
                    new Span(22720, 40000)),
            placement(segment(GO_HOME + " Then he went on and on", new Sentence(GO_HOME, "He said go home."),
                    new Sentence("Then he went on and on", "Then he went on")), 56000, 120000,
                    new Span(56000, 90000), new Span(92720, 120000)),
            placement(segment("", new Sentence("", "and on.")), 120000, 136008, new Span(120000, 136008)));

    @Test
    void subRipHasACuePerSentenceFromItsFirstToItsLastSample() {
        assertThat(Subtitles.srt(PLACEMENTS, RATE, SubtitleCues.SENTENCES)).isEqualTo("""
                1
                00:00:00,750 --> 00:00:01,250
                It rained.

                2
                00:00:01,420 --> 00:00:02,500
                Nobody came.

                3
                00:00:03,500 --> 00:00:05,625
                He said “Go home, and do not come
                back until the storm has passed.”

                4
                00:00:05,795 --> 00:00:08,501
                Then he went on and on

                """);
    }

    @Test
    void webVttHasTheSameCuesWithItsHeaderAndFullStops() {
        String vtt = Subtitles.webVtt(PLACEMENTS, RATE, SubtitleCues.SENTENCES);
        assertThat(vtt).startsWith("WEBVTT\n\n00:00:00.750 --> 00:00:01.250\nIt rained.\n\n")
                .endsWith("00:00:05.795 --> 00:00:08.501\nThen he went on and on\n\n");
        String srt = Subtitles.srt(PLACEMENTS, RATE, SubtitleCues.SENTENCES);
        assertThat(vtt.replace("WEBVTT\n\n", "").replaceAll("(\\d\\d)\\.(\\d\\d\\d)", "$1,$2"))
                .isEqualTo(srt.replaceAll("(?m)^\\d+\\n(?=\\d\\d:)", ""));
    }

    @Test
    void paragraphCuesRunFromAParagraphsFirstSampleToItsLastOnOneLine() {
        assertThat(Subtitles.srt(PLACEMENTS, RATE, SubtitleCues.PARAGRAPHS)).isEqualTo("""
                1
                00:00:00,750 --> 00:00:02,500
                It rained. Nobody came.

                2
                00:00:03,500 --> 00:00:08,501
                He said “Go home, and do not come back until the storm has passed.” Then he went on and on

                """);
    }

    @Test
    void webVttMarkupInTheTextIsEscaped() {
        List<Placement> placements = List.of(placement(segment("a <b> & c --> d",
                new Sentence("a <b> & c --> d", "a b and c d")), 0, 800, new Span(0, 800)));
        assertThat(Subtitles.webVtt(placements, RATE, SubtitleCues.SENTENCES))
                .isEqualTo("WEBVTT\n\n00:00:00.000 --> 00:00:00.050\na &lt;b> &amp; c --&gt; d\n\n");
    }

    @Test
    void aLongSentenceIsShownOnTwoLinesBrokenNearItsMiddleAndNeverCut() {
        String sentence = "The wheel goes round, the water falls, and every morning finds us here.";
        String shown = Subtitles.twoLines(sentence);
        assertThat(shown.lines()).hasSize(2);
        assertThat(shown.replace('\n', ' ')).isEqualTo(sentence);
        assertThat(Math.abs(shown.indexOf('\n') - sentence.length() / 2)).isLessThan(8);
        assertThat(Subtitles.twoLines("Short enough.")).isEqualTo("Short enough.");
        assertThat(Subtitles.twoLines("x".repeat(90))).isEqualTo("x".repeat(90));
    }

    @Test
    void timestampsRoundToTheMillisecondAndRunPastAnHour() {
        assertThat(Subtitles.timestamp(8, RATE, ',')).isEqualTo("00:00:00,001");
        assertThat(Subtitles.timestamp(7, RATE, '.')).isEqualTo("00:00:00.000");
        assertThat(Subtitles.timestamp((3600L + 61) * RATE + 8000, RATE, '.')).isEqualTo("01:01:01.500");
    }

    private static Segment segment(String displayed, Sentence... sentences) {
        return new Segment(0, false, List.of(sentences), 0, displayed, false);
    }

    private static Placement placement(Segment segment, long start, long end, Span... sentences) {
        return new Placement(segment, "key", start, end, 0, List.of(sentences));
    }
}
