package dev.audiobook;

import dev.audiobook.audio.AudioSink;
import dev.audiobook.audio.PcmFormat;
import dev.audiobook.audio.WavChapter;
import dev.audiobook.audio.WavInfo;
import dev.audiobook.audio.WavWriter;
import dev.audiobook.book.Book;
import dev.audiobook.book.Segment;
import dev.audiobook.output.AacPieces;
import dev.audiobook.output.AtomicFile;
import dev.audiobook.output.AudioTags;
import dev.audiobook.output.AudioFileFormat;
import dev.audiobook.output.ChapterFiles;
import dev.audiobook.output.CueSheet;
import dev.audiobook.output.Delivery;
import dev.audiobook.output.EarlierWav;
import dev.audiobook.output.FfmpegExport;
import dev.audiobook.output.FinishedVolumes;
import dev.audiobook.output.OutputFolder;
import dev.audiobook.output.SentenceTimings;
import dev.audiobook.output.Subtitles;
import dev.audiobook.render.EarlierAudio;
import dev.audiobook.render.Renderer;
import dev.audiobook.render.SynthesisProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Writes a volume's files from the renderer's audio: the WAV or the exported file made from it, the cue
 * sheet and the subtitles, or with {@code --split} a WAV per chapter and a playlist. Every file appears
 * whole or not at all. With records kept (the cache is on), a volume whose files are as its plan last left
 * them is left alone, and a changed one copies the unchanged segments from its earlier WAV.
 */
final class VolumeWriter {
    private final Renderer renderer;
    private final PcmFormat format;
    private final Delivery delivery;
    private final String narrator;
    private final String spokenLanguage;
    private final Optional<Path> records;
    private final int workers;
    private final Consumer<String> warnings;

    /**
     * @param narrator the voice, for the tags
     * @param spokenLanguage the language it speaks, for the m4b's audio track
     * @param workers encoders run at once
     * @param records the folder of the finished files' records and indexes, or none when every volume is
     *     made afresh
     * @param warnings told of each damaged record or cached piece, which is thrown away and made again
     */
    VolumeWriter(Renderer renderer, PcmFormat format, Delivery delivery, String narrator, String spokenLanguage,
            Optional<Path> records,
            int workers, Consumer<String> warnings) {
        this.workers = workers;
        this.warnings = warnings;
        this.renderer = renderer;
        this.format = format;
        this.delivery = delivery;
        this.narrator = narrator;
        this.spokenLanguage = spokenLanguage;
        this.records = records;
    }

    /**
     * What writing a volume did: the audio's length, whether it was up to date, the files it wrote, the chapter
     * files it holds.
     */
    record Written(double seconds, boolean upToDate, List<Path> files, List<Path> chapterFiles) {}

    /**
     * Writes the volume's files that are not as the last run left them for this fingerprint, and only
     * those: a file of another format, or one already up to date, is not touched.
     *
     * @param fingerprint everything the volume's audio depends on
     */
    Written write(Book book, Volume volume, String fingerprint, SynthesisProgress progress) throws UserError {
        Path outputDir = volume.audioFile().toAbsolutePath().getParent();
        Optional<FinishedVolumes> finished = records.map(r -> new FinishedVolumes(r, warnings));
        Map<Path, String> fingerprints = fileFingerprints(volume, fingerprint);
        List<Path> stale = volume.files().stream()
                .filter(file -> finished.flatMap(f -> f.upToDate(file, fingerprints.get(file))).isEmpty())
                .filter(file -> !(volume.cueFile().equals(Optional.of(file))
                        && finished.filter(f -> cueStands(f, file, fingerprint)).isPresent()))
                .toList();
        if (stale.isEmpty()) {
            double seconds = finished.flatMap(f -> f.upToDate(volume.audioFile(), fingerprints.get(volume.audioFile())))
                    .orElseThrow().seconds();
            return new Written(seconds, true, List.of(), List.of());
        }
        stale.forEach(AtomicFile::removeAbandoned);
        Optional<Path> deliveredWav = volume.audioFiles().stream()
                .filter(a -> a.format() == AudioFileFormat.WAV && stale.contains(a.path()))
                .map(Volume.AudioFile::path)
                .findFirst();
        // The WAV is the book itself, or the stage the other formats are made from.
        Path wavTarget = deliveredWav.orElse(outputDir.resolve(volume.audioFile().getFileName() + ".wav"));
        AtomicFile.removeAbandoned(wavTarget);
        Optional<Path> index = records.filter(r -> deliveredWav.isPresent())
                .map(r -> r.resolve(wavTarget.getFileName() + ".segments"));
        String layout = "format " + WavWriter.FORMAT_VERSION + " " + format;
        Map<Path, AtomicFile> written = new LinkedHashMap<>();
        List<Volume.AudioFile> toExport = volume.audioFiles().stream()
                .filter(a -> a.format() != AudioFileFormat.WAV && stale.contains(a.path()))
                .toList();
        Optional<Volume.AudioFile> m4b = toExport.stream().filter(a -> a.format() == AudioFileFormat.M4B).findFirst();
        // Without records there is no cache to keep encoded pieces in for a later run.
        Path pieceCache = records.map(r -> r.resolveSibling("aac")).orElse(outputDir.resolve(".aac-pieces"));
        ExecutorService encoders = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "encoding");
            t.setDaemon(true);
            return t;
        });
        try (EarlierAudio earlier = index.map(i -> EarlierWav.open(wavTarget, i, layout, warnings)).orElse(EarlierAudio.NONE);
                AtomicFile wavFile = createIn(outputDir, wavTarget)) {
            for (Volume.AudioFile audio : toExport) {
                written.put(audio.path(), createIn(outputDir, audio.path()));
            }
            List<WavChapter> chapters;
            List<Renderer.Placement> placements;
            long frames;
            long dataOffset;
            Optional<AacPieces> pieces = Optional.empty();
            try (WavWriter wav = new WavWriter(wavFile.path(), format, new WavInfo(volume.title(), book.author()))) {
                if (m4b.isPresent()) {
                    String name = m4b.get().path().getFileName().toString();
                    pieces = Optional.of(new AacPieces(wavFile.path(), wav.dataOffset(), format, delivery.bitrateKbps(),
                            pieceCache, name, encoders, warnings, encoded -> reportEncoded(progress, name, encoded)));
                }
                AudioSink sink = pieces.isPresent() ? new EncodingAsWritten(wav, pieces.get()) : wav;
                placements = renderer.render(book, volume.segments(), sink, progress, earlier);
                wav.finish();
                chapters = wav.chapters();
                frames = wav.frames();
                dataOffset = wav.dataOffset();
            }
            deliveredWav.ifPresent(path -> written.put(path, wavFile));
            double seconds = format.seconds(frames);
            AudioTags tags = new AudioTags(volume.title(), book.author(), narrator, book.details(), spokenLanguage);
            export(toExport, m4b, pieces, written, wavFile.path(), frames, chapters, tags, encoders, progress);
            String performer = book.author().isBlank() ? "Unknown" : book.author();
            if (volume.cueFile().isPresent() && stale.contains(volume.cueFile().get())) {
                Volume.AudioFile named = volume.cueTarget().orElseThrow();
                AtomicFile cueFile = createIn(outputDir, volume.cueFile().get());
                written.put(volume.cueFile().get(), cueFile);
                Files.writeString(cueFile.path(), CueSheet.render(volume.title(), performer,
                        named.path().getFileName().toString(), named.format().cueFileType(), format, chapters),
                        StandardCharsets.UTF_8);
            }
            if (stale.contains(volume.subtitleFile())) {
                AtomicFile subtitleFile = createIn(outputDir, volume.subtitleFile());
                written.put(volume.subtitleFile(), subtitleFile);
                Files.writeString(subtitleFile.path(),
                        Subtitles.srt(placements, format.sampleRate(), delivery.subtitles()), StandardCharsets.UTF_8);
            }
            if (stale.contains(volume.webVttFile())) {
                AtomicFile webVttFile = createIn(outputDir, volume.webVttFile());
                written.put(volume.webVttFile(), webVttFile);
                Files.writeString(webVttFile.path(),
                        Subtitles.webVtt(placements, format.sampleRate(), delivery.subtitles()),
                        StandardCharsets.UTF_8);
            }
            // Stamped before they move into place, as the records say.
            Map<Path, String> stamps = new LinkedHashMap<>();
            for (Map.Entry<Path, AtomicFile> file : written.entrySet()) {
                stamps.put(file.getKey(), FinishedVolumes.stamp(file.getValue().path()));
            }
            for (AtomicFile file : written.values()) {
                file.commit();
            }
            if (finished.isPresent()) {
                if (index.isPresent()) {
                    writeIndex(index.get(), stamps.get(wavTarget), layout, placements, dataOffset);
                }
                for (Map.Entry<Path, String> stamp : stamps.entrySet()) {
                    finished.get().record(List.of(stamp.getKey()), List.of(stamp.getValue()),
                            fingerprints.get(stamp.getKey()), seconds);
                }
                writeTimings(book, volume, placements);
            }
            return new Written(seconds, false, List.copyOf(written.keySet()), List.of());
        } catch (IOException e) {
            throw new UserError(outputDir + ": cannot write the audiobook: " + OutputFolder.whyNotWritten(e), e);
        } finally {
            encoders.shutdownNow();
            closeAll(written.values());
            if (records.isEmpty()) {
                deleteQuietly(pieceCache);
            }
        }
    }

    /**
     * Makes the mp3 and flac files from the finished WAV, each by one ffmpeg, while the m4b's last pieces
     * are encoded, then joins the m4b's pieces into it.
     */
    private void export(List<Volume.AudioFile> audioFiles, Optional<Volume.AudioFile> m4b, Optional<AacPieces> pieces,
            Map<Path, AtomicFile> written,
            Path wav, long frames, List<WavChapter> chapters, AudioTags tags, ExecutorService encoders,
            SynthesisProgress progress) throws IOException {
        double seconds = format.seconds(frames);
        List<Future<Void>> whole = new ArrayList<>();
        for (Volume.AudioFile audio : audioFiles) {
            if (audio.format() == AudioFileFormat.M4B) {
                continue;
            }
            String name = audio.path().getFileName().toString();
            Path target = written.get(audio.path()).path();
            whole.add(encoders.submit(() -> {
                FfmpegExport.convert(wav, target, audio.format(), delivery.bitrateKbps(), tags, chapters,
                        format.sampleRate(), frames, encoded -> reportEncoded(progress, name, encoded));
                return null;
            }));
        }
        if (m4b.isPresent()) {
            Path target = m4b.get().path();
            try (AtomicFile adts = AtomicFile.create(target.resolveSibling(target.getFileName() + ".aac"))) {
                pieces.orElseThrow().finish(frames, adts.path());
                FfmpegExport.mux(adts.path(), written.get(target).path(), tags, chapters, format.sampleRate(), frames);
            }
        }
        for (Future<Void> export : whole) {
            await(export);
        }
    }

    /** The WAV, which tells the m4b's encoders at each chapter how far its audio is written. */
    private record EncodingAsWritten(WavWriter wav, AacPieces pieces) implements AudioSink {
        @Override
        public PcmFormat format() {
            return wav.format();
        }

        @Override
        public long frames() {
            return wav.frames();
        }

        @Override
        public void writeSilenceFrames(long frames) throws IOException {
            wav.writeSilenceFrames(frames);
        }

        @Override
        public void writePcm(byte[] pcm) throws IOException {
            wav.writePcm(pcm);
        }

        @Override
        public void copyPcm(java.nio.channels.FileChannel source, long position, long bytes) throws IOException {
            wav.copyPcm(source, position, bytes);
        }

        @Override
        public void markChapter(String title) throws IOException {
            wav.markChapter(title);
            wav.writeOut();
            pieces.written(wav.frames(), wav.chapters());
        }
    }

    private static synchronized void reportEncoded(SynthesisProgress progress, String name, double encoded) {
        progress.encoded(name, encoded);
    }

    private static void await(Future<Void> export) throws IOException {
        try {
            export.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg was working", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /**
     * What each of the volume's files depends on: the volume's audio, and the file's own name and format. A
     * cue sheet depends on the file it names too.
     */
    private Map<Path, String> fileFingerprints(Volume volume, String fingerprint) {
        Map<Path, String> fingerprints = new LinkedHashMap<>();
        for (Volume.AudioFile audio : volume.audioFiles()) {
            fingerprints.put(audio.path(), audioFingerprint(audio.format(), audio.path(), fingerprint));
        }
        volume.cueFile().ifPresent(cue -> fingerprints.put(cue,
                cueFingerprint(cue, volume.cueTarget().orElseThrow().path(), fingerprint)));
        for (Path subtitles : List.of(volume.subtitleFile(), volume.webVttFile())) {
            fingerprints.put(subtitles, fingerprint + "\nsubtitles " + subtitles.getFileName() + " by "
                    + delivery.subtitles().optionName());
        }
        return fingerprints;
    }

    private String audioFingerprint(AudioFileFormat audioFormat, Path file, String fingerprint) {
        return fingerprint + "\n" + audioFormat + " " + audioFormat.encoding(delivery.bitrateKbps()) + " "
                + file.getFileName();
    }

    private static String cueFingerprint(Path cue, Path named, String fingerprint) {
        return fingerprint + "\ncue " + cue.getFileName() + " of " + named.getFileName();
    }

    /**
     * A cue sheet an earlier run made for another format still stands while the file it names is there as
     * made from this fingerprint: a WAV's cue sheet is not rewritten for an mp3 made beside it.
     */
    private boolean cueStands(FinishedVolumes finished, Path cue, String fingerprint) {
        String name = cue.getFileName().toString().replaceFirst("\\.cue$", "");
        for (AudioFileFormat named : AudioFileFormat.values()) {
            Path audio = cue.resolveSibling(name + "." + named.extension());
            if (named.hasCueSheet() && finished.upToDate(cue, cueFingerprint(cue, audio, fingerprint)).isPresent()
                    && finished.upToDate(audio, audioFingerprint(named, audio, fingerprint)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path dir) {
        org.apache.commons.io.FileUtils.deleteQuietly(dir.toFile());
    }

    /** Removes what was not moved into place; a temporary file that will not go is left for the next run. */
    private static void closeAll(Iterable<AtomicFile> files) {
        for (AtomicFile file : files) {
            try {
                file.close();
            } catch (IOException leftForLater) {
                // AtomicFile.removeAbandoned clears it on a later run.
            }
        }
    }

    /** Where each sentence is spoken, with the records, for a read-along output to be made from later. */
    private void writeTimings(Book book, Volume volume, List<Renderer.Placement> placements) throws IOException {
        String audio = volume.audioFile().getFileName().toString();
        SentenceTimings.write(records.orElseThrow().resolve(audio + ".sentences.json"), audio, book, placements,
                format.sampleRate());
    }

    private void writeIndex(Path index, String wavStamp, String layout, List<Renderer.Placement> placements,
            long dataOffset) throws IOException {
        List<EarlierWav.Entry> entries = new ArrayList<>(placements.size());
        for (Renderer.Placement p : placements) {
            long position = dataOffset + p.startFrame() * format.bytesPerFrame();
            long bytes = (p.endFrame() - p.startFrame()) * format.bytesPerFrame();
            entries.add(new EarlierWav.Entry(p.audioKey(), position, bytes, p.checksum(),
                    p.sentences().stream().map(span -> span.shifted(-p.startFrame())).toList()));
        }
        EarlierWav.writeIndex(index, wavStamp, layout, entries);
    }

    /**
     * One WAV per chapter, the playlist (the volume's audio file) and the subtitles; with records kept, left
     * as they are when the playlist's record, which names every chapter file, holds for this fingerprint.
     */
    Written writeChapterFiles(Book book, Volume volume, String audioFingerprint, SynthesisProgress progress)
            throws UserError {
        Path outputDir = volume.audioFile().toAbsolutePath().getParent();
        Optional<FinishedVolumes> finished = records.map(r -> new FinishedVolumes(r, warnings));
        // One record vouches for the audio and the subtitles, so it depends on what the subtitles show too.
        String fingerprint = audioFingerprint + "\nsubtitles by " + delivery.subtitles().optionName();
        Optional<FinishedVolumes.Recorded> unchanged =
                finished.flatMap(f -> f.upToDate(volume.audioFile(), fingerprint));
        if (unchanged.isPresent()) {
            return new Written(unchanged.get().seconds(), true, List.of(), unchanged.get().files());
        }
        String baseName = volume.audioFile().getFileName().toString().replaceFirst("\\.m3u$", "");
        int chapters = (int) volume.segments().stream().filter(Segment::opensChapter).count();
        volume.files().forEach(AtomicFile::removeAbandoned);
        try (ChapterFiles files = new ChapterFiles(outputDir, baseName, book.author(), format, chapters);
                AtomicFile playlist = createIn(outputDir, volume.audioFile());
                AtomicFile subtitles = createIn(outputDir, volume.subtitleFile());
                AtomicFile webVtt = createIn(outputDir, volume.webVttFile())) {
            List<Renderer.Placement> placements = renderer.render(book, volume.segments(), files, progress);
            double seconds = format.seconds(files.frames());
            List<ChapterFiles.ChapterFile> written = files.commit();
            Files.writeString(playlist.path(), ChapterFiles.playlist(written, book.author()), StandardCharsets.UTF_8);
            Files.writeString(subtitles.path(), Subtitles.srt(placements, format.sampleRate(), delivery.subtitles()),
                    StandardCharsets.UTF_8);
            Files.writeString(webVtt.path(), Subtitles.webVtt(placements, format.sampleRate(), delivery.subtitles()),
                    StandardCharsets.UTF_8);
            // One record, the playlist's (the first file), vouches for the subtitles and every chapter file too.
            List<Path> recorded =
                    new ArrayList<>(List.of(volume.audioFile(), volume.subtitleFile(), volume.webVttFile()));
            List<String> stamps = new ArrayList<>(List.of(FinishedVolumes.stamp(playlist.path()),
                    FinishedVolumes.stamp(subtitles.path()), FinishedVolumes.stamp(webVtt.path())));
            playlist.commit();
            subtitles.commit();
            webVtt.commit();
            for (ChapterFiles.ChapterFile file : written) {
                recorded.add(file.path());
                stamps.add(file.stamp());
            }
            if (finished.isPresent()) {
                finished.get().record(recorded, stamps, fingerprint, seconds);
                writeTimings(book, volume, placements);
            }
            List<Path> chapterFiles = written.stream().map(f -> f.path().toAbsolutePath()).toList();
            return new Written(seconds, false, volume.files(), chapterFiles);
        } catch (IOException e) {
            throw new UserError(outputDir + ": cannot write the audiobook: " + OutputFolder.whyNotWritten(e), e);
        }
    }

    static AtomicFile createIn(Path dir, Path target) throws UserError {
        try {
            return AtomicFile.create(target);
        } catch (IOException e) {
            throw new UserError(dir + ": cannot write to the output folder: " + OutputFolder.whyNotWritten(e), e);
        }
    }
}
