package dev.audiobook;

import dev.audiobook.audio.PcmFormat;
import dev.audiobook.audio.WavChapter;
import dev.audiobook.audio.WavInfo;
import dev.audiobook.audio.WavWriter;
import dev.audiobook.book.Book;
import dev.audiobook.book.Segment;
import dev.audiobook.output.AtomicFile;
import dev.audiobook.output.AudioTags;
import dev.audiobook.output.AudioFileFormat;
import dev.audiobook.output.ChapterFiles;
import dev.audiobook.output.CueSheet;
import dev.audiobook.output.EarlierWav;
import dev.audiobook.output.FfmpegExport;
import dev.audiobook.output.FinishedVolumes;
import dev.audiobook.output.OutputFolder;
import dev.audiobook.output.Subtitles;
import dev.audiobook.render.EarlierAudio;
import dev.audiobook.render.Renderer;
import dev.audiobook.render.SynthesisProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a volume's files from the renderer's audio: the WAV or the exported file made from it, the cue
 * sheet and the subtitles, or with {@code --split} a WAV per chapter and a playlist. Every file appears
 * whole or not at all. With records kept (the cache is on), a volume whose files are as its plan last left
 * them is left alone, and a changed one copies the unchanged segments from its earlier WAV.
 */
final class VolumeWriter {
    private final Renderer renderer;
    private final PcmFormat format;
    private final AudioFileFormat fileFormat;
    private final Optional<Path> records;

    /**
     * @param records the folder of the finished volumes' records and indexes, or none when every volume
     *     is made afresh
     */
    VolumeWriter(Renderer renderer, PcmFormat format, AudioFileFormat fileFormat, Optional<Path> records) {
        this.renderer = renderer;
        this.format = format;
        this.fileFormat = fileFormat;
        this.records = records;
    }

    /** What writing a volume did: the audio's length, whether it was up to date, the chapter files it holds. */
    record Written(double seconds, boolean upToDate, List<Path> chapterFiles) {}

    /**
     * @param fingerprint everything the volume's bytes depend on; the same as the last run's, with the files
     *     as it left them, means there is nothing to do
     */
    Written write(Book book, Volume volume, String fingerprint, SynthesisProgress progress) throws UserError {
        Path outputDir = volume.audioFile().toAbsolutePath().getParent();
        Optional<FinishedVolumes> finished = records.map(FinishedVolumes::new);
        Optional<FinishedVolumes.Recorded> unchanged =
                finished.flatMap(f -> f.upToDate(volume.audioFile(), fingerprint));
        if (unchanged.isPresent()) {
            return new Written(unchanged.get().seconds(), true, List.of());
        }
        volume.files().forEach(AtomicFile::removeAbandoned);
        // The WAV is the book itself, or the stage an m4b, mp3 or flac file is made from.
        Path wavTarget = fileFormat == AudioFileFormat.WAV
                ? volume.audioFile()
                : outputDir.resolve(volume.audioFile().getFileName() + ".wav");
        AtomicFile.removeAbandoned(wavTarget);
        Optional<Path> index = records.filter(r -> fileFormat == AudioFileFormat.WAV)
                .map(r -> r.resolve(volume.audioFile().getFileName() + ".segments"));
        String layout = "format " + WavWriter.FORMAT_VERSION + " " + format;
        try (EarlierAudio earlier = index.map(i -> EarlierWav.open(wavTarget, i, layout)).orElse(EarlierAudio.NONE);
                AtomicFile wavFile = createIn(outputDir, wavTarget);
                AtomicFile exported = fileFormat == AudioFileFormat.WAV ? null : createIn(outputDir, volume.audioFile())) {
            List<WavChapter> chapters;
            List<Renderer.Placement> placements;
            long frames;
            long dataOffset;
            List<String> stamps = new ArrayList<>();
            try (WavWriter wav = new WavWriter(wavFile.path(), format, new WavInfo(volume.title(), book.author()))) {
                placements = renderer.render(book, volume.segments(), wav, progress, earlier);
                wav.finish();
                chapters = wav.chapters();
                frames = wav.frames();
                dataOffset = wav.dataOffset();
            }
            if (exported != null) {
                String name = volume.audioFile().getFileName().toString();
                double total = format.seconds(frames);
                FfmpegExport.convert(wavFile.path(), exported.path(), fileFormat,
                        new AudioTags(volume.title(), book.author(), book.details()),
                        chapters, format.sampleRate(), frames, encoded -> progress.encoded(name, encoded, total));
            }
            String performer = book.author().isBlank() ? "Unknown" : book.author();
            try (AtomicFile cueFile = volume.cueFile().isPresent() ? createIn(outputDir, volume.cueFile().get()) : null;
                    AtomicFile subtitleFile = createIn(outputDir, volume.subtitleFile())) {
                if (cueFile != null) {
                    Files.writeString(cueFile.path(), CueSheet.render(volume.title(), performer,
                            volume.audioFile().getFileName().toString(), fileFormat.cueFileType(), format, chapters),
                            StandardCharsets.UTF_8);
                }
                Files.writeString(subtitleFile.path(), Subtitles.render(placements, format.sampleRate()),
                        StandardCharsets.UTF_8);
                // In the order of volume.files(); stamped before they move into place, as the records say.
                AtomicFile audio = exported != null ? exported : wavFile;
                List<AtomicFile> files = cueFile == null ? List.of(audio, subtitleFile)
                        : List.of(audio, cueFile, subtitleFile);
                for (AtomicFile file : files) {
                    stamps.add(FinishedVolumes.stamp(file.path()));
                }
                for (AtomicFile file : files) {
                    file.commit();
                }
            }
            double seconds = format.seconds(frames);
            if (finished.isPresent()) {
                if (index.isPresent()) {
                    // The index is kept for WAV books only, whose audio file, stamped first, is the WAV.
                    writeIndex(index.get(), stamps.get(0), layout, placements, dataOffset);
                }
                finished.get().record(volume.files(), stamps, fingerprint, seconds);
            }
            return new Written(seconds, false, List.of());
        } catch (IOException e) {
            throw new UserError(outputDir + ": cannot write the audiobook: " + OutputFolder.describe(e), e);
        }
    }

    private void writeIndex(Path index, String wavStamp, String layout, List<Renderer.Placement> placements,
            long dataOffset) throws IOException {
        List<EarlierWav.Entry> entries = new ArrayList<>(placements.size());
        for (Renderer.Placement p : placements) {
            long position = dataOffset + p.startFrame() * format.bytesPerFrame();
            long bytes = (p.endFrame() - p.startFrame()) * format.bytesPerFrame();
            entries.add(new EarlierWav.Entry(p.audioKey(), position, bytes));
        }
        Files.createDirectories(index.getParent());
        try (AtomicFile file = AtomicFile.create(index)) {
            EarlierWav.writeIndex(file.path(), wavStamp, layout, entries);
            file.commit();
        }
    }

    /**
     * One WAV per chapter, the playlist (the volume's audio file) and the subtitles; with records kept, left
     * as they are when the playlist's record, which names every chapter file, holds for this fingerprint.
     */
    Written writeChapterFiles(Book book, Volume volume, String fingerprint, SynthesisProgress progress)
            throws UserError {
        Path outputDir = volume.audioFile().toAbsolutePath().getParent();
        Optional<FinishedVolumes> finished = records.map(FinishedVolumes::new);
        Optional<FinishedVolumes.Recorded> unchanged =
                finished.flatMap(f -> f.upToDate(volume.audioFile(), fingerprint));
        if (unchanged.isPresent()) {
            return new Written(unchanged.get().seconds(), true, unchanged.get().files());
        }
        String baseName = volume.audioFile().getFileName().toString().replaceFirst("\\.m3u$", "");
        int chapters = (int) volume.segments().stream().filter(Segment::opensChapter).count();
        volume.files().forEach(AtomicFile::removeAbandoned);
        try (ChapterFiles files = new ChapterFiles(outputDir, baseName, book.author(), format, chapters);
                AtomicFile playlist = createIn(outputDir, volume.audioFile());
                AtomicFile subtitles = createIn(outputDir, volume.subtitleFile())) {
            List<Renderer.Placement> placements = renderer.render(book, volume.segments(), files, progress);
            double seconds = format.seconds(files.frames());
            List<ChapterFiles.ChapterFile> written = files.commit();
            Files.writeString(playlist.path(), ChapterFiles.playlist(written, book.author()), StandardCharsets.UTF_8);
            Files.writeString(subtitles.path(), Subtitles.render(placements, format.sampleRate()),
                    StandardCharsets.UTF_8);
            // One record, the playlist's (the first file), vouches for the subtitles and every chapter file too.
            List<Path> recorded = new ArrayList<>(List.of(volume.audioFile(), volume.subtitleFile()));
            List<String> stamps = new ArrayList<>(
                    List.of(FinishedVolumes.stamp(playlist.path()), FinishedVolumes.stamp(subtitles.path())));
            playlist.commit();
            subtitles.commit();
            for (ChapterFiles.ChapterFile file : written) {
                recorded.add(file.path());
                stamps.add(file.stamp());
            }
            if (finished.isPresent()) {
                finished.get().record(recorded, stamps, fingerprint, seconds);
            }
            return new Written(seconds, false, written.stream().map(f -> f.path().toAbsolutePath()).toList());
        } catch (IOException e) {
            throw new UserError(outputDir + ": cannot write the audiobook: " + OutputFolder.describe(e), e);
        }
    }

    static AtomicFile createIn(Path dir, Path target) throws UserError {
        try {
            return AtomicFile.create(target);
        } catch (IOException e) {
            throw new UserError(dir + ": cannot write to the output folder: " + OutputFolder.describe(e), e);
        }
    }
}
