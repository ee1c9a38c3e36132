package dev.audiobook;

import dev.audiobook.audio.PcmFormat;
import dev.audiobook.audio.WavChapter;
import dev.audiobook.audio.WavInfo;
import dev.audiobook.audio.WavWriter;
import dev.audiobook.book.Book;
import dev.audiobook.book.ChapterDetector;
import dev.audiobook.book.Segment;
import dev.audiobook.book.SegmentPlanner;
import dev.audiobook.output.AtomicFile;
import dev.audiobook.output.CueSheet;
import dev.audiobook.output.OutputFolder;
import dev.audiobook.render.Renderer;
import dev.audiobook.render.SynthesisProgress;
import dev.audiobook.text.Artefacts;
import dev.audiobook.text.GutenbergBoilerplate;
import dev.audiobook.text.LoadedText;
import dev.audiobook.text.Mojibake;
import dev.audiobook.text.TextBlock;
import dev.audiobook.text.TextBlocks;
import dev.audiobook.text.TextLoader;
import dev.audiobook.tts.FreeTtsSynthesizer;
import dev.audiobook.tts.Synthesizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.io.FilenameUtils;

/**
 * The pipeline, top to bottom: load the text, find its chapters and segments, synthesize them, assemble
 * one WAV with chapter markers and write the cue sheet beside it.
 */
public final class AudiobookBuilder {
    private final BookOptions options;

    public AudiobookBuilder(BookOptions options) {
        this.options = options;
    }

    /** Reads and lays out one text; writes nothing. */
    public AudiobookPlan plan(Path source, Path outputDir) throws UserError {
        LoadedText loaded = TextLoader.load(source, options.encoding());
        GutenbergBoilerplate.Stripped stripped = GutenbergBoilerplate.strip(Mojibake.repair(loaded.text()));
        List<TextBlock> blocks = TextBlocks.split(Artefacts.remove(stripped.text()));
        String baseName = FilenameUtils.getBaseName(source.getFileName().toString());
        String fileTitle = titleFromFileName(baseName);
        Optional<String> knownTitle = options.title().or(stripped::title);
        ChapterDetector.Detected detected =
                ChapterDetector.detect(blocks, knownTitle.orElse(fileTitle), options.chapterPattern());
        String title = knownTitle.or(detected::title).orElse(fileTitle);
        String author = options.author().or(stripped::author).or(detected::author).orElse("");
        List<String> opening = detected.opening();
        if (opening.isEmpty() && stripped.wasGutenberg()) {
            // The header that named the book is gone, so the book opens by saying what it is.
            opening = author.isBlank() ? List.of(title) : List.of(title, "by " + author);
        }
        Book book = new Book(title, author, opening, detected.chapters());
        List<Segment> segments = SegmentPlanner.plan(book, options.pauses());
        if (segments.isEmpty()) {
            throw new UserError(source + ": there are no words to read aloud in this file");
        }
        long chapters = segments.stream().filter(Segment::opensChapter).count();
        if (chapters > ChapterDetector.MAX_TRACKS) {
            throw new UserError(source + ": " + chapters + " chapters, more than the " + ChapterDetector.MAX_TRACKS
                    + " tracks a cue sheet allows; split the text into several files");
        }
        return new AudiobookPlan(source, loaded.charset(), book, segments,
                outputDir.resolve(baseName + ".wav"), outputDir.resolve(baseName + ".cue"));
    }

    /** Synthesizes and writes the plan's WAV and cue sheet; an earlier output is replaced only on success. */
    public void build(AudiobookPlan plan, SynthesisProgress progress) throws UserError {
        Path outputDir = plan.wavFile().toAbsolutePath().getParent();
        OutputFolder.prepare(outputDir);
        AtomicFile.removeAbandoned(plan.wavFile());
        AtomicFile.removeAbandoned(plan.cueFile());
        Book book = plan.book();
        try (AtomicFile wavFile = createIn(outputDir, plan.wavFile());
                Voices voices = Voices.load(options.voice(), options.jobs())) {
            PcmFormat format = voices.format();
            List<WavChapter> chapters;
            try (WavWriter wav = new WavWriter(wavFile.path(), format, new WavInfo(book.title(), book.author()))) {
                new Renderer(voices.all()).render(book, plan.segments(), wav, progress);
                wav.finish();
                chapters = wav.chapters();
            }
            String performer = book.author().isBlank() ? "Unknown" : book.author();
            String cue = CueSheet.render(book.title(), performer, plan.wavFile().getFileName().toString(), format,
                    chapters);
            try (AtomicFile cueFile = createIn(outputDir, plan.cueFile())) {
                Files.writeString(cueFile.path(), cue, StandardCharsets.UTF_8);
                wavFile.commit();
                cueFile.commit();
            }
        } catch (IOException e) {
            throw new UserError(outputDir + ": cannot write the audiobook: " + OutputFolder.describe(e), e);
        }
    }

    private static AtomicFile createIn(Path dir, Path target) throws UserError {
        try {
            return AtomicFile.create(target);
        } catch (IOException e) {
            throw new UserError(dir + ": cannot write to the output folder: " + OutputFolder.describe(e), e);
        }
    }

    /** "the_lighthouse-keeper" becomes "The Lighthouse Keeper". */
    static String titleFromFileName(String baseName) {
        String[] words = baseName.replaceAll("[_\\-.]+", " ").strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                out.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
            }
        }
        return out.isEmpty() ? "Audiobook" : String.join(" ", out);
    }

    /** One FreeTTS voice per worker, closed together. */
    private record Voices(List<Synthesizer> all) implements AutoCloseable {
        static Voices load(String voice, int count) {
            List<Synthesizer> loaded = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                loaded.add(new FreeTtsSynthesizer(voice));
            }
            return new Voices(loaded);
        }

        PcmFormat format() {
            return all.get(0).format();
        }

        @Override
        public void close() {
            all.forEach(Synthesizer::close);
        }
    }
}
