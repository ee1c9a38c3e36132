package dev.audiobook.cli;

import dev.audiobook.AudiobookBuilder;
import dev.audiobook.AudiobookPlan;
import dev.audiobook.BookOptions;
import dev.audiobook.UserError;
import dev.audiobook.Volume;
import dev.audiobook.audio.Loudness;
import dev.audiobook.output.AudioFileFormat;
import dev.audiobook.output.Delivery;
import dev.audiobook.output.FfmpegExport;
import dev.audiobook.output.FileNames;
import dev.audiobook.output.OutputFolder;
import dev.audiobook.output.SubtitleCues;
import dev.audiobook.render.SynthesisProgress;
import dev.audiobook.tts.VoiceProfile;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The command line: parses options, runs the pipeline for each input, reports in plain lines. */
@Command(
        name = "audiobook",
        mixinStandardHelpOptions = true,
        versionProvider = AudiobookCommand.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Turns stories and books (plain text, HTML, EPUB) into audiobooks: one WAV file with chapter markers "
                    + "and a cue sheet per text, spoken by FreeTTS.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was converted",
            "1:an input or the output folder has a problem (the message says which and what to fix)",
            "2:the command line is wrong",
            "70:an internal error, or the input needs more memory than the run has (the message says which)"
        })
public final class AudiobookCommand implements Callable<Integer> {
    static final int EXIT_USER_ERROR = 1;
    static final int EXIT_INTERNAL_ERROR = 70;
    /** Each voice takes about 6 MB and keeps 4 segments in flight; the launcher's heap is sized for 4. */
    static final int DEFAULT_MAX_JOBS = 4;
    /**
     * Heap a job takes at most, its voice and the four segments it keeps in flight, measured on a book of
     * 1,400-character paragraphs, about the longest a segment gets (a novel's take 8 MB); and what the rest of
     * a run takes, its plan included. README, "Memory", has the measurements.
     */
    static final long JOB_BYTES = 20L << 20;
    static final long REST_BYTES = 40L << 20;

    @Spec
    private CommandSpec spec;

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @Parameters(
            paramLabel = "INPUT",
            arity = "0..*",
            description = "Books (.epub, .pdf, .docx, .odt, .fb2, .rtf, .html, .htm, .xhtml, .txt, .md), or folders whose books are each converted (default: ${DEFAULT-VALUE}).",
            defaultValue = "input")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder for the WAV files and cue sheets (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--title", description = "Book title (default: the text's own title, else the file name).")
    private String title;

    @Option(names = "--author", description = "Author, written to the WAV tags and the cue sheet's PERFORMER.")
    private String author;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Segments synthesized at once, one voice each (default: the number of processors, at most "
                    + DEFAULT_MAX_JOBS + "); never more than the heap holds, about 20 MB each.")
    private Integer jobs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "wav", split = ",",
            description = "wav (default, with a cue sheet), m4b or mp3 (chapters inside, for audiobook players), "
                    + "flac (with a cue sheet), several joined by commas (wav,m4b), or all; one synthesis makes "
                    + "every file, and files of other formats are left alone. All but wav are made with ffmpeg.")
    private List<String> formats;

    @Option(names = "--bitrate", paramLabel = "KBPS",
            description = "Bitrate of the m4b and mp3 files in kb/s (default: 42 for m4b, 48 for mp3, the lowest at which "
                    + "speech recognition understands the 16 kHz voice as well as from the WAV).")
    private Integer bitrate;

    @Option(names = "--cover", paramLabel = "FILE",
            description = "Cover picture (JPEG or PNG) for m4b, mp3 and flac (default: the e-book's own, else "
                    + "BOOK.jpg/.png or cover.jpg/.png beside the input).")
    private Path cover;

    @Option(names = "--year", description = "Year (or date) to tag (default: the book's own date, where it gives one).")
    private String year;

    @Option(names = "--loudness", paramLabel = "TARGET", defaultValue = "acx",
            description = "acx (default: ACX's rules for audiobook platforms, RMS -23 to -18 dBFS, peaks at most "
                    + "-3 dBFS) or podcast (louder, for phones in noisy places: voice at -16 dBFS, peaks -1 dBFS).")
    private String loudnessName;

    @Option(names = "--subtitles", paramLabel = "CUES", defaultValue = "sentences",
            description = "sentences (default: a subtitle cue per sentence, timed to its speech) or paragraphs (a cue "
                    + "per paragraph or heading), in the .srt and .vtt files.")
    private String subtitlesName;

    @Option(names = "--split", description = "One WAV file per chapter, numbered and titled, and an .m3u playlist.")
    private boolean split;

    @Option(names = "--voice", paramLabel = "NAME|FILE",
            description = "Voice profile: a name from voices/ (default: voices/default.properties) or a .properties file.")
    private String voiceProfile;

    @Option(names = "--list-voices", description = "List every engine's voices, with their language and whether "
            + "they are installed, and the profiles in voices/, then exit.")
    private boolean listVoices;

    @Option(names = "--language", paramLabel = "CODE",
            description = "The book's language (en, fr, de-AT...), when the book does not say or says wrongly. A book "
                    + "in a language the profile's voice does not speak is read by espeak-ng's voice for it.")
    private String language;

    @Option(names = "--dry-run", description = "Print the plan (chapters, segments, estimated duration); write nothing.")
    private boolean dryRun;

    @Option(names = "--show-text", description = "Print the plan with each segment as it will be spoken; implies --dry-run.")
    private boolean showText;

    @Option(names = "--json", description = "With --dry-run or --show-text, print the plan as JSON, one line per book.")
    private boolean json;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of the input (default: detected; UTF-8, UTF-16 with BOM, Windows-1252).")
    private String encoding;

    @Option(names = "--chapter-pattern", paramLabel = "REGEX",
            description = "A line matching REGEX as a whole starts a chapter; replaces heading detection.")
    private String chapterPattern;

    @Option(names = "--join", description = "Make one book of all inputs, each text file one chapter, in name order.")
    private boolean join;

    @Option(names = "--no-cache", description = "Synthesize every segment anew; neither read nor fill the cache.")
    private boolean noCache;

    @Option(names = "--prune-cache",
            description = "After converting, remove cached segments that none of these books used.")
    private boolean pruneCache;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    private boolean quiet;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    private boolean debug;

    /** Runs the command with the given streams and returns the exit code. */
    public static int run(String[] args, OutputStream stdout, OutputStream stderr) {
        PrintWriter out = new PrintWriter(stdout, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(stderr, true, StandardCharsets.UTF_8);
        AudiobookCommand command = new AudiobookCommand();
        CommandLine cli = new CommandLine(command)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(AudiobookCommand::reportUsageError)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    command.report(e);
                    return e instanceof UserError ? EXIT_USER_ERROR : EXIT_INTERNAL_ERROR;
                });
        int code;
        try {
            code = cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; an Error from the reading thread arrives here.
            err.println(exhausted(e));
            if (command.debug) {
                e.printStackTrace(err);
            }
            code = EXIT_INTERNAL_ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The reason and, for a mistyped option, picocli's guess at the one meant; the help only when asked for. */
    private static int reportUsageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.printf("Try '%s --help' for more information.%n", cli.getCommandName());
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** What ran out, in one line; the same whether the error came from this thread or a worker's. */
    static String exhausted(Error e) {
        if (e instanceof OutOfMemoryError) {
            return "audiobook: ran out of memory (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB): the input is larger than this run can hold; give Java more with "
                    + "AUDIOBOOK_JAVA_OPTS=-Xmx1g, or report the book if it is an ordinary one";
        }
        return "audiobook: internal error: a step of reading ran too deep for this input (stack overflow); "
                + "run with --debug and report it";
    }

    @Override
    public Integer call() throws UserError {
        if (jobs != null && jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
        }
        int workers = workers();
        Delivery delivery = delivery();
        if (split && !delivery.formats().equals(List.of(AudioFileFormat.WAV))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--split writes a WAV file per chapter; it does not go with --format "
                            + String.join(",", delivery.formats().stream().map(AudioFileFormat::extension).toList()));
        }
        if (json && !dryRun && !showText) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--json prints the plan; use it with --dry-run or --show-text");
        }
        if (listVoices) {
            Reports.voices(spec.commandLine().getOut());
            return 0;
        }
        VoiceProfile profile = voiceProfile == null ? VoiceProfile.loadDefault() : VoiceProfile.find(voiceProfile);
        BookOptions options = new BookOptions(Optional.ofNullable(title), Optional.ofNullable(author),
                parseEncoding(), parseChapterPattern(), profile.voice(), workers, profile.pauses(), loudness(), !noCache, delivery,
                split, profile.dialogue(), parseLanguage());
        try (AudiobookBuilder builder = new AudiobookBuilder(options, this::warnOnce)) {
            return convert(builder);
        }
    }

    /** The jobs asked for, else the default, but never more than the heap holds. */
    private int workers() {
        long heap = Runtime.getRuntime().maxMemory();
        int asked = jobs != null ? jobs : Math.min(DEFAULT_MAX_JOBS, Runtime.getRuntime().availableProcessors());
        int workers = Math.min(asked, jobsTheHeapHolds(heap));
        if (jobs != null && workers < jobs && !dryRun && !showText) {
            warnOnce(String.format("-j %d needs more memory than this run has (%d MB); using %s (give Java more "
                    + "with AUDIOBOOK_JAVA_OPTS=-Xmx1g)", jobs, heap >> 20, Reports.quantity(workers, "job")));
        }
        return workers;
    }

    /** Jobs that fit in a heap of this size, at least one. */
    static int jobsTheHeapHolds(long maxHeapBytes) {
        return (int) Math.max(1, (maxHeapBytes - REST_BYTES) / JOB_BYTES);
    }

    /** A warning from inside the run, from any thread; a damaged file read twice is still one line. */
    private void warnOnce(String message) {
        if (warned.add(message)) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("audiobook: warning: " + message);
            err.flush();
        }
    }

    private int convert(AudiobookBuilder builder) throws UserError {
        List<Path> files = InputFiles.resolve(inputs);
        boolean planOnly = dryRun || showText;
        OutputFolder.NewFolders newFolders = OutputFolder.NewFolders.NONE;
        if (!planOnly) {
            FfmpegExport.requireFfmpeg(builder.delivery());
            newFolders = OutputFolder.prepare(output.toAbsolutePath());
            builder.preloadVoiceIfLikelyNeeded(files, output);
        }
        try {
            return makeBooks(builder, files, planOnly);
        } finally {
            // A run that made nothing, every input refused, leaves no folder of its own behind.
            newFolders.removeIfEmpty();
        }
    }

    private int makeBooks(AudiobookBuilder builder, List<Path> files, boolean planOnly) throws UserError {
        int failures;
        if (join) {
            AudiobookPlan plan = builder.planJoined(files, joinedName(), output);
            warnOfWhatIsNotRead(plan);
            if (planOnly) {
                printPlan(plan);
            } else {
                make(builder, plan);
            }
            failures = 0;
        } else {
            failures = convertEach(builder, files, planOnly);
        }
        // Only a run that made every book knows which cached segments are still needed.
        if (pruneCache && !planOnly && !noCache && failures == 0) {
            int removed = builder.pruneCache(output);
            if (!quiet) {
                spec.commandLine().getErr().printf("Pruned %d unused segments from the cache%n", removed);
            }
        }
        return failures == 0 ? 0 : EXIT_USER_ERROR;
    }

    private int convertEach(AudiobookBuilder builder, List<Path> files, boolean planOnly) {
        int failures = 0;
        Map<Path, String> baseNames = FileNames.baseNames(files);
        for (Path file : files) {
            try {
                String baseName = baseNames.get(file);
                Optional<Double> made = planOnly || pruneCache ? Optional.empty()
                        : builder.alreadyMade(file, baseName, output);
                if (made.isPresent()) {
                    if (!quiet) {
                        reportUpToDate(file, made.get());
                    }
                    continue;
                }
                AudiobookPlan plan = builder.plan(file, baseName, output);
                warnOfWhatIsNotRead(plan);
                if (planOnly) {
                    printPlan(plan);
                } else {
                    make(builder, plan);
                }
            } catch (UserError e) {
                report(e);
                failures++;
            }
        }
        return failures;
    }

    /**
     * What the voice leaves out (other scripts, "words" no language has) and a chapter pattern that found no
     * chapter: the book is still made, but the listener should know.
     */
    private void warnOfWhatIsNotRead(AudiobookPlan plan) {
        plan.warnings().forEach(warning -> spec.commandLine().getErr().println("audiobook: warning: " + warning));
        int unspeakable = plan.voices().english() ? plan.unspeakableCharacters() : 0;
        if (unspeakable > 0) {
            spec.commandLine().getErr().printf(
                    "audiobook: warning: %s: %d %s in other scripts or emoji %s skipped; the voice speaks English%n",
                    plan.source(), unspeakable, unspeakable == 1 ? "character" : "characters",
                    unspeakable == 1 ? "was" : "were");
        }
        List<AudiobookPlan.AbsurdWord> absurd = plan.absurdWords();
        if (!absurd.isEmpty()) {
            String first = absurd.get(0).text();
            spec.commandLine().getErr().printf("audiobook: warning: %s: %d %s that no language has %s skipped, the "
                            + "first in the chapter from line %d: %s (%d characters)%n",
                    plan.source(), absurd.size(), absurd.size() == 1 ? "\"word\"" : "\"words\"",
                    absurd.size() == 1 ? "was" : "were", absurd.get(0).line(),
                    first.length() > 24 ? first.substring(0, 24) + "\u2026" : first, first.length());
        }
    }

    private void printPlan(AudiobookPlan plan) {
        if (json) {
            Reports.planJson(spec.commandLine().getOut(), plan, showText);
        } else {
            Reports.plan(spec.commandLine().getOut(), plan, showText);
        }
    }

    /** A joined book is named after the folder it came from, else after its first file. */
    private String joinedName() {
        Path first = inputs.get(0).toAbsolutePath().normalize();
        String name = first.getFileName() == null ? "audiobook" : first.getFileName().toString();
        return FileNames.baseName(java.nio.file.Files.isDirectory(first) ? name
                : org.apache.commons.io.FilenameUtils.getBaseName(name));
    }

    private Optional<String> parseLanguage() {
        if (language == null) {
            return Optional.empty();
        }
        if (!language.strip().matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--language: '" + language + "' is not a language code; give one such as en, fr or de-AT");
        }
        return Optional.of(language.strip());
    }

    private Optional<Charset> parseEncoding() {
        if (encoding == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(encoding));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--encoding: unknown encoding '" + encoding + "'; try UTF-8, windows-1252 or ISO-8859-1");
        }
    }

    private Optional<Pattern> parseChapterPattern() {
        if (chapterPattern == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(chapterPattern));
        } catch (PatternSyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--chapter-pattern: not a regular expression: " + e.getDescription() + " in '" + chapterPattern + "'");
        }
    }

    private void make(AudiobookBuilder builder, AudiobookPlan plan) throws UserError {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        AudiobookBuilder.BuildResult result;
        Interruption.progress(0, plan.segments().size(), !noCache);
        if (quiet) {
            result = builder.build(plan, counted(SynthesisProgress.NONE));
        } else {
            String name = plan.source().getFileName().toString();
            int encodedFormats = (int) builder.delivery().formats().stream().filter(f -> f != AudioFileFormat.WAV).count();
            try (ProgressReporter progress = new ProgressReporter(err, System.console() != null, name,
                    plan.segments().size(), encodedFormats)) {
                result = builder.build(plan, counted(progress));
                progress.finished();
            }
        }
        if (!quiet) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (result.volumesUpToDate() == plan.volumes().size()) {
                reportUpToDate(plan.source(), result.audioSeconds());
                return;
            }
            err.printf("Wrote %s%n", String.join(", ", result.filesWritten().stream().map(Path::toString).toList()));
            err.printf("%s: %s, %s of audio, %s (%d synthesized, %d from the cache) in %s, %s%n",
                    plan.source(), Reports.quantity(plan.book().chapters().size(), "chapter"),
                    Durations.format(result.audioSeconds()), Reports.quantity(plan.segments().size(), "segment"),
                    result.synthesized(), result.fromCache(), Durations.format(elapsed),
                    ProgressReporter.speed(result.audioSeconds(), elapsed));
        }
    }

    /** The progress, also noted for the line an interrupted run ends with. */
    private SynthesisProgress counted(SynthesisProgress progress) {
        return new SynthesisProgress() {
            @Override
            public void segmentWritten(int done, int total, double audioSeconds) {
                Interruption.progress(done, total, !noCache);
                progress.segmentWritten(done, total, audioSeconds);
            }

            @Override
            public void encoded(String fileName, double encodedSeconds) {
                progress.encoded(fileName, encodedSeconds);
            }
        };
    }

    private void reportUpToDate(Path source, double audioSeconds) {
        spec.commandLine().getErr().printf("%s: %s of audio, already up to date (nothing in it changed)%n", source,
                Durations.format(audioSeconds));
    }

    private void report(Exception e) {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Error> exhausted = exhaustedCause(e);
        if (e instanceof UserError) {
            err.println("audiobook: " + e.getMessage());
        } else if (exhausted.isPresent()) {
            err.println(exhausted(exhausted.get()));
        } else {
            err.println("audiobook: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    /** An out-of-memory or stack-overflow error a worker thread's exception carries. */
    private static Optional<Error> exhaustedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError || t instanceof OutOfMemoryError) {
                return Optional.of((Error) t);
            }
        }
        return Optional.empty();
    }

    private Delivery delivery() {
        if (bitrate != null && (bitrate < 8 || bitrate > 320)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bitrate is in kb/s, from 8 to 320, not " + bitrate);
        }
        if (cover != null && !java.nio.file.Files.isRegularFile(cover)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cover " + cover + ": no such file");
        }
        List<AudioFileFormat> asked = new ArrayList<>();
        for (String name : formats) {
            asked.addAll(formatsNamed(name));
        }
        return new Delivery(asked, bitrate == null ? OptionalInt.empty() : OptionalInt.of(bitrate),
                Optional.ofNullable(cover), Optional.ofNullable(year).map(String::strip).filter(y -> !y.isEmpty()),
                subtitleCues());
    }

    private SubtitleCues subtitleCues() {
        return java.util.Arrays.stream(SubtitleCues.values())
                .filter(c -> c.optionName().equalsIgnoreCase(subtitlesName.strip())).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "--subtitles: '" + subtitlesName + "' is not a kind of cue; use sentences or paragraphs"));
    }

    private Loudness.Target loudness() {
        return Loudness.Target.ALL.stream().filter(t -> t.name().equalsIgnoreCase(loudnessName.strip())).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "--loudness: '" + loudnessName + "' is not a target; use acx or podcast"));
    }

    /** One format by its extension, or "all" of them. */
    private List<AudioFileFormat> formatsNamed(String name) {
        if (name.strip().equalsIgnoreCase("all")) {
            return List.of(AudioFileFormat.values());
        }
        for (AudioFileFormat f : AudioFileFormat.values()) {
            if (f.extension().equalsIgnoreCase(name.strip())) {
                return List.of(f);
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--format: '" + name
                + "' is not a format; use wav, m4b, mp3, flac, several joined by commas, or all");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AudiobookCommand.class.getPackage().getImplementationVersion();
            return new String[] {"audiobook " + (version == null ? "development build" : version)};
        }
    }
}
