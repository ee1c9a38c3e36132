package dev.audiobook;

import dev.audiobook.audio.PcmFormat;
import dev.audiobook.audio.WavWriter;
import dev.audiobook.book.Book;
import dev.audiobook.book.BookDetails;
import dev.audiobook.book.Chapter;
import dev.audiobook.book.ChapterDetector;
import dev.audiobook.book.Cover;
import dev.audiobook.book.Segment;
import dev.audiobook.book.SegmentPlanner;
import dev.audiobook.book.Sentence;
import dev.audiobook.output.AudioFileFormat;
import dev.audiobook.output.Delivery;
import dev.audiobook.output.FileNames;
import dev.audiobook.output.FinishedVolumes;
import dev.audiobook.output.OutputFolder;
import dev.audiobook.render.DiskSegmentCache;
import dev.audiobook.render.Renderer;
import dev.audiobook.render.SegmentCache;
import dev.audiobook.render.SegmentKey;
import dev.audiobook.render.SynthesisProgress;
import dev.audiobook.text.Artefacts;
import dev.audiobook.text.GutenbergBoilerplate;
import dev.audiobook.text.LanguageGuess;
import dev.audiobook.read.BookReader;
import dev.audiobook.read.Document;
import dev.audiobook.read.InputFormat;
import dev.audiobook.text.TextBlock;
import dev.audiobook.text.TextBlocks;
import dev.audiobook.text.speech.NumberWords;
import dev.audiobook.tts.BookVoices;
import dev.audiobook.tts.Engine;
import dev.audiobook.tts.PreloadedVoices;
import dev.audiobook.tts.Synthesizer;
import dev.audiobook.tts.Voices;
import dev.audiobook.tts.VoiceSettings;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.io.FilenameUtils;

/**
 * The pipeline, top to bottom: load the text, find its chapters and segments, synthesize them, assemble
 * one WAV with chapter markers and write the cue sheet beside it.
 */
public final class AudiobookBuilder implements AutoCloseable {
    /** Where the segment cache lives, inside the output folder. */
    public static final String CACHE_FOLDER = ".cache";
    private static final long MAX_COVER_BYTES = 20L << 20;

    private final BookOptions options;
    private final EarlierRuns earlierRuns;
    private final Consumer<String> warnings;
    private final Map<Path, SegmentCache> caches = new HashMap<>();
    private PreloadedVoices preloaded;

    /** A builder that tells nobody of the damaged cache files it throws away, as for planning alone. */
    public AudiobookBuilder(BookOptions options) {
        this(options, warning -> {});
    }

    /** @param warnings told, in one line each, of every damaged cache file thrown away and made again */
    public AudiobookBuilder(BookOptions options, Consumer<String> warnings) {
        this(options, ToolIdentity.current(), warnings);
    }

    /** @param toolIdentity which build of the tool this is, for {@link #alreadyMade}; none turns that off */
    AudiobookBuilder(BookOptions options, Optional<String> toolIdentity, Consumer<String> warnings) {
        this.options = options;
        this.warnings = warnings;
        this.earlierRuns = new EarlierRuns(options, toolIdentity, warnings);
    }

    /**
     * The audio's length in seconds when the input's audiobook was already made from exactly these bytes,
     * options and build of the tool into this folder, and is still there as it was left.
     */
    public Optional<Double> alreadyMade(Path source, String baseName, Path outputDir) {
        return earlierRuns.alreadyMade(source, baseName, outputDir);
    }

    /** The same, for a book written under its input's own name. */
    public Optional<Double> alreadyMade(Path source, Path outputDir) {
        return alreadyMade(source, ownBaseName(source), outputDir);
    }

    /**
     * Starts loading the narrator's voice in the background when the run will likely synthesize: one
     * without the cache, the first into this output folder, or one with an input edited since a book was
     * last finished there. Loading takes a third of a second, better spent while the book is planned.
     */
    public void preloadVoiceIfLikelyNeeded(List<Path> inputs, Path outputDir) {
        // Only FreeTTS takes long to load; the other engines start a program for each sentence.
        if (preloaded == null && options.voice().engine() == Engine.FREETTS
                && (!options.useCache() || EarlierRuns.editedSince(inputs, outputDir))) {
            preloaded = new PreloadedVoices(options.voice(), Voices.sampleRateOf(options.voice()));
        }
    }

    @Override
    public void close() {
        if (preloaded != null) {
            preloaded.close();
        }
        caches.values().forEach(cache -> {
            if (cache instanceof DiskSegmentCache disk) {
                disk.close();
            }
        });
    }

    public Delivery delivery() {
        return options.delivery();
    }

    /** Reads and lays out one text, to be written under its input's own name; writes nothing. */
    public AudiobookPlan plan(Path source, Path outputDir) throws UserError {
        return plan(source, ownBaseName(source), outputDir);
    }

    /**
     * Reads and lays out one text; writes nothing.
     *
     * @param baseName the name of its files, which {@link FileNames#baseNames} tells apart from other books'
     */
    public AudiobookPlan plan(Path source, String baseName, Path outputDir) throws UserError {
        PreparedText text = prepare(source);
        String fileTitle = titleFromFileName(FilenameUtils.getBaseName(source.getFileName().toString()));
        Optional<String> knownTitle = options.title().or(text.stripped()::title).or(text.document()::title);
        ChapterDetector.Detected detected = text.document().contents().isEmpty() || options.chapterPattern().isPresent()
                ? ChapterDetector.detect(text.blocks(), knownTitle.orElse(fileTitle), options.chapterPattern(),
                        text.document().headingOutline(), text.document().headingLines())
                : ChapterDetector.fromContents(text.blocks(), text.document().contents(),
                        text.document().headingLines(), knownTitle.orElse(fileTitle));
        String title = knownTitle.or(detected::title).orElse(fileTitle);
        String author = options.author().or(text.stripped()::author).or(text::author).or(detected::author).orElse("");
        List<String> opening = detected.opening();
        List<Chapter> chapters = detected.chapters();
        if (opening.isEmpty() && chapters.isEmpty()) {
            // Only the title the book was given would be read, as of an EPUB whose documents are empty.
            throw new UserError(source + ": there are no words to read aloud in this file");
        }
        if (chapters.isEmpty()) {
            // A title page and nothing under it: its words are the book's one track.
            int line = text.blocks().isEmpty() ? 0 : text.blocks().get(0).line();
            chapters = List.of(new Chapter(title, Optional.empty(), opening, line));
            opening = List.of();
        }
        BookVoices voices = voicesFor(text.document().details().language()
                .or(() -> options.language().isPresent() ? Optional.empty() : LanguageGuess.of(text.stripped().text())));
        if (opening.isEmpty() && (text.stripped().wasGutenberg() || text.format() == InputFormat.EPUB)) {
            // The header or title page that named the book is not read, so the book opens by saying what it is.
            opening = author.isBlank() ? List.of(title)
                    : List.of(title, voices.english() ? "by " + author : author);
        }
        Book book = new Book(title, author, opening, atInputLines(chapters, text.document().inputLine()),
                withDelivery(text.document().details(), source));
        List<String> warnings = new ArrayList<>(text.document().warnings());
        options.chapterPattern().filter(pattern -> detected.headingless()).ifPresent(pattern -> warnings.add(source
                + ": --chapter-pattern '" + pattern + "' matched no line; the tracks are cut as in a text without headings"));
        return layOut(source, Optional.of(text.document().digest()), text.document().charset(), book, outputDir,
                baseName, warnings, voices);
    }

    /** Lays out several texts as one book, each text one chapter, written as baseName.wav. */
    public AudiobookPlan planJoined(List<Path> sources, String baseName, Path outputDir) throws UserError {
        List<Chapter> chapters = new ArrayList<>();
        Optional<String> author = options.author();
        Charset charset = null;
        List<String> warnings = new ArrayList<>();
        for (Path source : sources) {
            PreparedText text = prepare(source);
            warnings.addAll(text.document().warnings());
            charset = charset == null ? text.charset() : charset;
            author = author.or(text.stripped()::author);
            String fileTitle = titleFromFileName(FilenameUtils.getBaseName(source.getFileName().toString()));
            // Titled by the file's opening heading, else by the title it gives itself (an HTML <title>).
            String ownTitle = text.stripped().title().or(text.document()::title).orElse(fileTitle);
            chapters.addAll(atInputLines(
                    List.of(ChapterDetector.asOneChapter(text.blocks(), text.document().headingLines(), ownTitle)),
                    text.document().inputLine()));
        }
        String title = options.title().orElse(titleFromFileName(baseName));
        Book book = new Book(title, author.orElse(""), List.of(), chapters,
                withDelivery(BookDetails.NONE, sources.get(0)));
        return layOut(sources.get(0), Optional.empty(), charset, book, outputDir, baseName, warnings,
                voicesFor(Optional.empty()));
    }

    private AudiobookPlan layOut(Path source, Optional<String> sourceDigest, Charset charset, Book book,
            Path outputDir, String baseName, List<String> warnings, BookVoices voices) throws UserError {
        List<Segment> segments = SegmentPlanner.plan(book, options.pauses(), options.dialogue().isPresent(),
                voices.language());
        if (segments.isEmpty()) {
            int unspeakable = AudiobookPlan.unspeakableCharacters(book);
            throw new UserError(source + (unspeakable == 0 ? ": there are no words to read aloud in this file"
                    : ": there are no words the voice can read in this file: its " + unspeakable
                            + " letters and signs are in other scripts or emoji, and the voice speaks English"));
        }
        List<Volume> volumes = options.split()
                ? List.of(new Volume(1, 1, book.title(), segments,
                        List.of(new Volume.AudioFile(AudioFileFormat.WAV, outputDir.resolve(baseName + ".m3u"))),
                        Optional.empty(), outputDir.resolve(baseName + ".srt"), outputDir.resolve(baseName + ".vtt")))
                : VolumePlanner.split(book.title(), segments, outputDir, baseName, options.delivery().formats());
        return new AudiobookPlan(source, baseName, sourceDigest, charset, book, segments, volumes, warnings, voices);
    }

    /** The voices for a book in this language, or in the one the user gave. */
    private BookVoices voicesFor(Optional<String> bookLanguage) throws UserError {
        return BookVoices.choose(options.voice(), options.dialogue(), options.language().or(() -> bookLanguage));
    }

    /**
     * The book's details with the user's year and cover: the cover named on the command line, else the
     * book's own, else a picture beside the input (BOOK.jpg, cover.png).
     */
    private BookDetails withDelivery(BookDetails details, Path source) throws UserError {
        BookDetails with = options.delivery().year().map(details::withDate).orElse(details);
        if (options.delivery().cover().isPresent()) {
            return with.withCover(coverFrom(options.delivery().cover().get()));
        }
        if (with.cover().isPresent()) {
            return with;
        }
        Path folder = source.toAbsolutePath().getParent();
        String baseName = FilenameUtils.getBaseName(source.getFileName().toString());
        for (String name : List.of(baseName, "cover")) {
            for (String extension : List.of("jpg", "jpeg", "png", "JPG", "JPEG", "PNG")) {
                Path picture = folder.resolve(name + "." + extension);
                if (Files.isRegularFile(picture)) {
                    return with.withCover(coverFrom(picture));
                }
            }
        }
        return with;
    }

    private static Cover coverFrom(Path picture) throws UserError {
        try {
            if (Files.size(picture) > MAX_COVER_BYTES) {
                throw new UserError(picture + ": the cover picture is over 20 MB; use a smaller JPEG or PNG");
            }
            return Cover.of(Files.readAllBytes(picture))
                    .orElseThrow(() -> new UserError(picture + ": the cover is not a JPEG or PNG picture"));
        } catch (IOException e) {
            throw new UserError(picture + ": cannot read the cover picture: " + OutputFolder.describe(e), e);
        }
    }

    private static String ownBaseName(Path source) {
        return FileNames.baseName(FilenameUtils.getBaseName(source.getFileName().toString()));
    }

    /** A book as read, and its text without Gutenberg's wrapping or printing artefacts, in blocks. */
    private record PreparedText(InputFormat format, Document document, GutenbergBoilerplate.Stripped stripped,
            List<TextBlock> blocks) {
        Charset charset() {
            return document.charset();
        }

        Optional<String> author() {
            return Optional.of(BookReader.joinNames(document.authors())).filter(a -> !a.isBlank());
        }
    }

    private PreparedText prepare(Path source) throws UserError {
        NumberWords.loadInBackground();
        InputFormat format = InputFormat.of(source);
        Document document = BookReader.read(source, format, options.encoding());
        GutenbergBoilerplate.Stripped stripped = GutenbergBoilerplate.strip(document.text());
        return new PreparedText(format, document, stripped, TextBlocks.split(Artefacts.remove(stripped.text())));
    }

    /** The chapters with the lines where they start in the input file, not in the text read from it. */
    private static List<Chapter> atInputLines(List<Chapter> chapters, IntUnaryOperator inputLine) {
        return chapters.stream()
                .map(c -> new Chapter(c.title(), c.partOpening(), c.heading(), c.paragraphs(),
                        inputLine.applyAsInt(c.line())))
                .toList();
    }

    /**
     * Synthesizes and writes each volume's WAV and cue sheet; an earlier output is replaced only when its
     * new version is complete. Volumes of an earlier, differently split run are removed at the end.
     */
    public BuildResult build(AudiobookPlan plan, SynthesisProgress progress) throws UserError {
        Path outputDir = plan.volumes().get(0).audioFile().toAbsolutePath().getParent();
        OutputFolder.prepare(outputDir);
        int totalSegments = plan.segments().size();
        BookVoices voices = plan.voices();
        PcmFormat format = new PcmFormat(voices.sampleRate(), 16, 1);
        double seconds = 0;
        int volumesUpToDate = 0;
        Set<Path> chapterFilesWritten = new HashSet<>();
        List<Path> filesWritten = new ArrayList<>();
        Renderer.Counts counts;
        VoiceSettings dialogue = voices.dialogue();
        Supplier<Synthesizer> narrator = preloaded != null && preloaded.speaksAs(voices.narrator(), format.sampleRate())
                ? preloaded
                : () -> Voices.open(voices.narrator(), format.sampleRate());
        if (narrator != preloaded && preloaded != null) {
            preloaded.close();
        }
        preloaded = null;
        try (Renderer renderer = new Renderer(narrator,
                () -> Voices.open(dialogue, format.sampleRate()), options.jobs(), cacheFor(outputDir),
                voices.narrator().describe(), dialogue.describe(), format.sampleRate(), voices.narrator().volume(),
                dialogue.volume(), options.loudness())) {
            Optional<Path> records = options.useCache()
                    ? Optional.of(EarlierRuns.recordsIn(outputDir))
                    : Optional.empty();
            VolumeWriter writer = new VolumeWriter(renderer, format, options.delivery(), voices.narratorName(),
                    voices.language(), records,
                    options.jobs(), warnings);
            int segmentsBefore = 0;
            for (Volume volume : plan.volumes()) {
                int offset = segmentsBefore;
                double secondsOffset = seconds;
                SynthesisProgress volumeProgress = new SynthesisProgress() {
                    @Override
                    public void segmentWritten(int done, int total, double audio) {
                        progress.segmentWritten(offset + done, totalSegments, secondsOffset + audio);
                    }

                    @Override
                    public void encoded(String fileName, double encodedSeconds) {
                        progress.encoded(fileName, encodedSeconds);
                    }
                };
                String fingerprint = fingerprint(plan.book(), volume, format, voices);
                VolumeWriter.Written written = options.split()
                        ? writer.writeChapterFiles(plan.book(), volume, fingerprint, volumeProgress)
                        : writer.write(plan.book(), volume, fingerprint, volumeProgress);
                if (written.upToDate()) {
                    volumesUpToDate++;
                    volume.segments().forEach(s -> cacheKeysOf(s, voices).forEach(cacheFor(outputDir)::keep));
                }
                chapterFilesWritten.addAll(written.chapterFiles());
                filesWritten.addAll(written.files());
                seconds += written.seconds();
                segmentsBefore += volume.segments().size();
            }
            counts = renderer.counts();
        } catch (DiskSegmentCache.Unusable e) {
            throw cacheUnusable(e);
        }
        removeSuperseded(plan, chapterFilesWritten);
        earlierRuns.record(plan, outputDir, options.split());
        return new BuildResult(counts.synthesized(), counts.fromCache(), counts.copiedFromEarlier(), volumesUpToDate,
                seconds, filesWritten);
    }

    /**
     * What a build did: segments synthesized, segments reused from the cache (some of them copied from the
     * earlier WAV), volumes left as they were because nothing in them changed, the audio's length, and the
     * files written.
     */
    public record BuildResult(int synthesized, int fromCache, int copiedFromEarlier, int volumesUpToDate,
            double audioSeconds, List<Path> filesWritten) {}

    /** Removes cache entries that no book of this run used; returns how many. */
    public int pruneCache(Path outputDir) throws UserError {
        Path dir = outputDir.toAbsolutePath();
        try {
            return cacheFor(dir) instanceof DiskSegmentCache disk ? disk.pruneUnused() : 0;
        } catch (IOException e) {
            throw new UserError(dir.resolve(CACHE_FOLDER) + ": cannot prune the cache: " + OutputFolder.whyNotWritten(e), e);
        } catch (DiskSegmentCache.Unusable e) {
            throw cacheUnusable(e);
        }
    }

    /** "output/.cache: no space left on device; free some space or use --no-cache" */
    private static UserError cacheUnusable(DiskSegmentCache.Unusable e) {
        return new UserError(e.dir() + ": " + OutputFolder.whyNotWritten(e.getCause(), "use --no-cache"), e);
    }

    private SegmentCache cacheFor(Path outputDir) {
        if (!options.useCache()) {
            return SegmentCache.NONE;
        }
        return caches.computeIfAbsent(outputDir.toAbsolutePath(), dir -> new DiskSegmentCache(dir.resolve(CACHE_FOLDER), warnings));
    }

    /** Everything the volume's bytes depend on: the segments' audio, pauses and chapter titles, the tags. */
    private String fingerprint(Book book, Volume volume, PcmFormat format, BookVoices voices) {
        StringBuilder plan = new StringBuilder()
                .append("format ").append(WavWriter.FORMAT_VERSION).append(' ').append(format).append('\n')
                .append("loudness ").append(options.loudness()).append(" lead ").append(Renderer.LEAD_IN_MILLIS)
                .append(' ').append(Renderer.LEAD_OUT_MILLIS).append('\n')
                .append(volume.title()).append('\n').append(book.author()).append('\n').append(voices.narratorName()).append('\n')
                .append(book.details().tagLine()).append(' ')
                .append(book.details().cover().map(Cover::digest)).append('\n');
        for (Segment s : volume.segments()) {
            plan.append(keyOf(s, voices)).append(' ').append(s.pauseBeforeMillis())
                    .append(' ').append((s.dialogue() ? voices.dialogue() : voices.narrator()).volume())
                    .append(' ').append(s.displayed());
            for (Sentence sentence : s.sentences()) {
                plan.append(" | ").append(sentence.displayed());
            }
            if (s.opensChapter()) {
                plan.append(' ').append(book.chapters().get(s.chapterIndex()).title());
            }
            plan.append('\n');
        }
        return SegmentKey.of("volume", plan.toString());
    }

    private static String keyOf(Segment segment, BookVoices voices) {
        return Renderer.keyOf(segment, voices.narrator().describe(), voices.dialogue().describe());
    }

    private static List<String> cacheKeysOf(Segment segment, BookVoices voices) {
        return Renderer.cacheKeysOf(segment, voices.narrator().describe(), voices.dialogue().describe());
    }

    /**
     * A book now in one file leaves no old volumes behind, and a book now in volumes no old single file: of
     * the formats this run makes, and only files an earlier run recorded as its own. A cue sheet or
     * subtitles stay while an audio file of another format that they go with is still there.
     */
    private void removeSuperseded(AudiobookPlan plan, Set<Path> chapterFilesWritten) throws UserError {
        Volume first = plan.volumes().get(0);
        Path dir = first.audioFile().toAbsolutePath().getParent();
        if (!options.useCache()) {
            return; // no records say which files are ours
        }
        FinishedVolumes records = new FinishedVolumes(EarlierRuns.recordsIn(dir), warnings);
        String baseName = plan.baseName();
        Set<Path> current = new HashSet<>(chapterFilesWritten);
        for (Volume v : plan.volumes()) {
            v.files().forEach(f -> current.add(f.toAbsolutePath()));
        }
        List<String> extensions = new ArrayList<>(options.delivery().formats().stream().map(AudioFileFormat::extension)
                .toList());
        extensions.addAll(options.split() ? List.of("m3u", "srt", "vtt") : List.of("cue", "srt", "vtt"));
        Pattern ours = Pattern.compile("(" + Pattern.quote(baseName) + "(?:-vol\\d{2,})?)\\.(" + String.join("|", extensions)
                + ")|" + Pattern.quote(baseName) + " - \\d{2,} - .*\\.wav");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                java.util.regex.Matcher name = ours.matcher(file.getFileName().toString());
                if (!name.matches() || current.contains(file.toAbsolutePath())
                        || name.group(1) != null && !records.hasRecord(file)) {
                    continue;
                }
                boolean sidecar = name.group(2) != null && List.of("cue", "srt", "vtt").contains(name.group(2));
                if (!sidecar || !anotherFormatRemains(dir, name.group(1), extensions)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UserError(dir + ": cannot remove an outdated volume: " + OutputFolder.whyNotWritten(e), e);
        }
    }

    /** An audio file of a format this run does not make, which a cue sheet or subtitles of its name go with. */
    private static boolean anotherFormatRemains(Path dir, String volumeName, List<String> thisRunsExtensions) {
        return Stream.of(AudioFileFormat.values()).map(AudioFileFormat::extension)
                .filter(extension -> !thisRunsExtensions.contains(extension))
                .anyMatch(extension -> Files.exists(dir.resolve(volumeName + "." + extension)));
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
}
