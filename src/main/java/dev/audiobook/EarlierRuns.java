package dev.audiobook;

import dev.audiobook.output.FinishedBooks;
import dev.audiobook.output.OutputFolder;
import dev.audiobook.text.TextLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What earlier runs left in an output folder, as far as a run can tell before it reads a book: whether an
 * input's audiobook was already made there from exactly these bytes, options and build of the tool, and
 * whether an input was saved since a book was last finished there. Each finished book records its request
 * (all of those together) under {@code .cache/finished}, beside its volumes' records.
 */
final class EarlierRuns {
    private final BookOptions options;
    private final Optional<String> toolIdentity;
    private final Consumer<String> warnings;

    /**
     * @param toolIdentity which build of the tool this is; none (class folders) means never already made
     * @param warnings told of each damaged record, which is thrown away
     */
    EarlierRuns(BookOptions options, Optional<String> toolIdentity, Consumer<String> warnings) {
        this.options = options;
        this.toolIdentity = toolIdentity;
        this.warnings = warnings;
    }

    /** Where the records of finished volumes and books are kept: written whenever one is finished. */
    static Path recordsIn(Path outputDir) {
        return outputDir.toAbsolutePath().resolve(AudiobookBuilder.CACHE_FOLDER).resolve("finished");
    }

    /**
     * The audio's length in seconds when the input's audiobook was already made from exactly these bytes,
     * options and build of the tool into this folder, and is still there as it was left: then there is
     * nothing to do and no need even to read the book.
     */
    Optional<Double> alreadyMade(Path source, String baseName, Path outputDir) {
        // An input saved since the last book was finished here has most likely changed: the plan will tell.
        if (!recorded() || editedSince(List.of(source), outputDir)) {
            return Optional.empty();
        }
        try {
            String request = request(source, baseName, outputDir, TextLoader.digestOf(source));
            return new FinishedBooks(recordsIn(outputDir), warnings).upToDate(source, request);
        } catch (IOException unreadable) {
            return Optional.empty(); // reading it again will say what is wrong
        }
    }

    /**
     * Notes what made the plan's volumes, each file with its own record already written, for the next run.
     *
     * @param split whether the volume is chapter files, whose playlist's record vouches for them all
     */
    void record(AudiobookPlan plan, Path outputDir, boolean split) throws UserError {
        if (plan.sourceDigest().isEmpty() || !recorded()) {
            return;
        }
        try {
            new FinishedBooks(recordsIn(outputDir), warnings).record(plan.source(),
                    request(plan.source(), plan.baseName(), outputDir, plan.sourceDigest().get()),
                    plan.volumes().stream().map(v -> split ? List.of(v.audioFile()) : v.files()).toList());
        } catch (IOException e) {
            throw new UserError(outputDir + ": cannot write to the output folder: " + OutputFolder.whyNotWritten(e), e);
        }
    }

    /** Runs without the cache keep no records. */
    private boolean recorded() {
        return options.useCache() && toolIdentity.isPresent();
    }

    private String request(Path source, String baseName, Path outputDir, String sourceDigest) {
        return String.join("\n", toolIdentity.orElseThrow(), options.describe(),
                "input " + source.toAbsolutePath().normalize(), "output " + outputDir.toAbsolutePath().normalize(),
                "name " + baseName, "bytes " + sourceDigest);
    }

    /** Whether an input changed after a book was last finished in the folder; true when none was yet. */
    static boolean editedSince(List<Path> inputs, Path outputDir) {
        try {
            FileTime last = Files.getLastModifiedTime(recordsIn(outputDir));
            for (Path input : inputs) {
                if (Files.getLastModifiedTime(input).compareTo(last) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException noneYet) {
            return true;
        }
    }
}
