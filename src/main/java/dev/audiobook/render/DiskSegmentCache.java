package dev.audiobook.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Segment audio kept in files under the output folder ({@code output/.cache/ab/abcdef....pcm}), named by
 * the key. Each entry is written under a temporary name and moved into place whole, so a killed run or
 * two runs at once never leave a torn entry; a run reads only complete ones. Entries are not synced to
 * the disk, which would slow every run: after a power cut one may hold zeros or half its bytes. So each
 * ends in the CRC-32C of its samples, and an entry that does not match is made again, never spoken.
 */
public final class DiskSegmentCache implements SegmentCache {
    private static final String SUFFIX = ".pcm";
    private static final int CHECKSUM_BYTES = 4;
    private static final long PROCESS = ProcessHandle.current().pid();
    private final Path dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public DiskSegmentCache(Path dir) {
        this.dir = dir;
    }

    @Override
    public Optional<byte[]> get(String key) {
        Path file = fileFor(key);
        try {
            Optional<byte[]> pcm = read(file);
            if (pcm.isEmpty()) {
                return pcm; // damaged: made again, and the new entry replaces it
            }
            used.add(key);
            // The time of last use tells what a prune may remove; failing to set it is harmless.
            try {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            } catch (IOException ignored) {
                // kept as it was
            }
            return pcm;
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cache entry " + file, e);
        }
    }

    @Override
    public void put(String key, byte[] pcm) {
        Path file = fileFor(key);
        try {
            Files.createDirectories(file.getParent());
            // A name no other writer uses, this process's or another's; cheaper than createTempFile's.
            Path temp = file.resolveSibling("." + key + "." + PROCESS + "." + Thread.currentThread().getId() + ".part");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    out.write(pcm);
                    out.write(ByteBuffer.allocate(CHECKSUM_BYTES).putInt(checksum(pcm)).array());
                }
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            used.add(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cache entry " + file, e);
        }
    }

    /** The samples of a whole, undamaged entry, read into an array of their own size. */
    private static Optional<byte[]> read(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file)) {
            long samples = in.size() - CHECKSUM_BYTES;
            if (samples < 0 || samples % 2 != 0 || samples > Integer.MAX_VALUE - 8) {
                return Optional.empty();
            }
            ByteBuffer pcm = ByteBuffer.allocate((int) samples);
            ByteBuffer checksum = ByteBuffer.allocate(CHECKSUM_BYTES);
            ByteBuffer[] both = {pcm, checksum};
            while (checksum.hasRemaining()) {
                if (in.read(both) < 0) {
                    return Optional.empty(); // shorter than it was a moment ago
                }
            }
            return checksum.getInt(0) == checksum(pcm.array()) ? Optional.of(pcm.array())
                    : Optional.empty();
        }
    }

    private static int checksum(byte[] samples) {
        CRC32C crc = new CRC32C();
        crc.update(samples);
        return (int) crc.getValue();
    }

    @Override
    public void keep(String key) {
        used.add(key);
    }

    /** Deletes every entry this cache object neither read, wrote nor was told to keep; returns how many. */
    public int pruneUnused() throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        Set<Path> keep = new HashSet<>();
        used.forEach(key -> keep.add(fileFor(key)));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                if (!keep.contains(file) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private Path fileFor(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + SUFFIX);
    }
}
