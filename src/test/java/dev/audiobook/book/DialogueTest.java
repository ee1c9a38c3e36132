package dev.audiobook.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DialogueTest {
    @Test
    void quotedSpeechIsSetApartFromNarration() {
        assertThat(Dialogue.split("\u201CWe saw your light,\u201D the oldest one said. \u201CAnd we heard your bell.\u201D"))
                .containsExactly(
                        new Dialogue.Part("\u201CWe saw your light,\u201D", true),
                        new Dialogue.Part("the oldest one said.", false),
                        new Dialogue.Part("\u201CAnd we heard your bell.\u201D", true));
        assertThat(Dialogue.split("She said \"yes\" twice.")).extracting(Dialogue.Part::spoken)
                .containsExactly(false, true, false);
        assertThat(Dialogue.split("No one spoke.")).containsExactly(new Dialogue.Part("No one spoke.", false));
    }

    @Test
    void withDialogueAParagraphBecomesSegmentsThatShareItsSubtitleAndFollowWithoutPause() {
        Book book = new Book("B", "", List.of(), List.of(new Chapter("One", Optional.empty(),
                List.of("The sea was calm.", "\u201CWe saw your light,\u201D the oldest one said."))));

        List<Segment> segments = SegmentPlanner.plan(book, Pauses.DEFAULT, true);

        assertThat(segments).extracting(Segment::text)
                .containsExactly("The sea was calm.", "We saw your light", "the oldest one said.");
        assertThat(segments).extracting(Segment::dialogue).containsExactly(false, true, false);
        assertThat(segments).extracting(Segment::pauseBeforeMillis).containsExactly(0, 600, 0);
        assertThat(segments.get(2).continuesParagraph()).isTrue();
        assertThat(SegmentPlanner.plan(book, Pauses.DEFAULT, false)).hasSize(2);
    }
}
