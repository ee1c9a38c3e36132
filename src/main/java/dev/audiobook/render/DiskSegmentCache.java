package dev.audiobook.render;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Segment audio kept under the output folder, found by its key. Each run appends the segments it makes to
 * a pack file of its own ({@code output/.cache/segments/....pack}), so two runs at once never write to the
 * same file, and a book of thousands of paragraphs makes one file, not thousands: creating a file costs
 * far more than writing its bytes on some file systems. Every entry carries its key, its length and a
 * CRC-32C of all three; packs are not synced to the disk (that would slow every run), so a killed run or a
 * power cut can leave an entry torn or zeroed, and such an entry is made again, never spoken.
 */
public final class DiskSegmentCache implements SegmentCache, Closeable {
    static final String PACKS = "segments";
    private static final String PACK_SUFFIX = ".pack";
    /** The one-file-per-entry layout of earlier versions: never read, removed by a prune. */
    private static final String OLD_ENTRY_SUFFIX = ".pcm";
    private static final int MAGIC = 0x41534731; // "ASG1"
    private static final int KEY_BYTES = 64;
    private static final int HEADER_BYTES = 4 + KEY_BYTES + 4;
    private static final int CHECKSUM_BYTES = 4;

    private final Path dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Map<String, Location> index = new ConcurrentHashMap<>();
    private final List<FileChannel> open = new ArrayList<>();
    private boolean indexed;
    private FileChannel pack;
    private Path packPath;
    private final AtomicLong packEnd = new AtomicLong();

    private final Consumer<String> warnings;
    private Unusable failure;

    /**
     * The cache's folder cannot be read or written: a full disk, a read-only file system, a folder without
     * permission. The run stops; the user frees space or runs without the cache.
     */
    public static final class Unusable extends UncheckedIOException {
        private final Path dir;

        Unusable(Path dir, IOException cause) {
            super("cannot use the segment cache in " + dir, cause);
            this.dir = dir;
        }

        public Path dir() {
            return dir;
        }
    }

    /** Where an entry lies: its pack, and its header's position in it. */
    private record Location(Path file, FileChannel pack, long position, int samples) {}

    /** @param dir the cache folder; the packs are in its {@value #PACKS} folder */
    public DiskSegmentCache(Path dir) {
        this(dir, warning -> {});
    }

    /** @param warnings told of each pack that held a damaged entry, which is made again */
    public DiskSegmentCache(Path dir, Consumer<String> warnings) {
        this.dir = dir;
        this.warnings = warnings;
    }

    @Override
    public Optional<byte[]> get(String key) {
        Location at = indexed().get(key);
        if (at == null) {
            return Optional.empty();
        }
        try {
            Optional<byte[]> pcm = read(at, key);
            if (pcm.isPresent()) {
                used.add(key);
            } else {
                warnings.accept(at.file() + " holds a damaged segment; it is made again");
            }
            return pcm; // a damaged entry is made again, and the new one is found from then on
        } catch (IOException e) {
            throw unusable(e);
        }
    }

    @Override
    public void put(String key, byte[] pcm) {
        ByteBuffer header = header(key, pcm.length);
        ByteBuffer checksum = ByteBuffer.allocate(CHECKSUM_BYTES).putInt(0, checksum(header, pcm));
        try {
            FileChannel out = pack();
            // Workers append at once: each takes its own stretch of the pack, then writes it in place.
            long position = packEnd.getAndAdd(HEADER_BYTES + pcm.length + CHECKSUM_BYTES);
            long at = position;
            for (ByteBuffer part : new ByteBuffer[] {header, ByteBuffer.wrap(pcm), checksum}) {
                while (part.hasRemaining()) {
                    at += out.write(part, at);
                }
            }
            index.put(key, new Location(packPath, out, position, pcm.length));
            used.add(key);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * Stops writing at the first failure to write. This run's pack, which the failure left with a torn entry,
     * is removed with all its entries, so a full disk is not filled further by each try.
     */
    private synchronized Unusable failed(IOException e) {
        if (failure == null) {
            failure = new Unusable(dir, e);
            if (pack != null) {
                FileChannel torn = pack;
                index.values().removeIf(at -> at.pack() == torn);
                open.remove(torn);
                pack = null;
                try {
                    torn.close();
                    Files.deleteIfExists(packPath);
                } catch (IOException leftForLater) {
                    // its whole entries are read, and its torn one passed over, by a later run
                }
            }
        }
        return failure;
    }

    /** The first failure to write, for every failure it causes after it; else this one. */
    private synchronized Unusable unusable(IOException e) {
        return failure != null ? failure : new Unusable(dir, e);
    }

    @Override
    public void keep(String key) {
        used.add(key);
    }

    /** The keys of the whole entries in the cache. */
    public Set<String> keys() {
        Set<String> keys = ConcurrentHashMap.newKeySet();
        for (Map.Entry<String, Location> entry : indexed().entrySet()) {
            try {
                if (read(entry.getValue(), entry.getKey()).isPresent()) {
                    keys.add(entry.getKey());
                }
            } catch (IOException unreadable) {
                // not a whole entry
            }
        }
        return keys;
    }

    /**
     * Keeps only the entries this cache object read, wrote or was told to keep, in one new pack, and deletes
     * every other pack; returns how many entries went.
     */
    public synchronized int pruneUnused() throws IOException {
        Path packs = dir.resolve(PACKS);
        int removed = 0;
        if (Files.isDirectory(packs)) {
            Path compacted = newPackPath();
            try (FileChannel out = FileChannel.open(compacted, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                for (Map.Entry<String, Location> entry : indexed().entrySet()) {
                    String key = entry.getKey();
                    Location at = entry.getValue();
                    if (used.contains(key) && read(at, key).isPresent()) {
                        long bytes = HEADER_BYTES + at.samples() + CHECKSUM_BYTES;
                        for (long done = 0; done < bytes; ) {
                            done += at.pack().transferTo(at.position() + done, bytes - done, out);
                        }
                    } else if (!used.contains(key)) {
                        removed++;
                    }
                }
            }
            close(); // before deleting: some systems refuse to delete an open file
            indexed = false;
            index.clear();
            try (Stream<Path> files = Files.list(packs)) {
                for (Path file : files.toList()) {
                    if (!file.equals(compacted)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path old : files.filter(f -> f.getFileName().toString().endsWith(OLD_ENTRY_SUFFIX)).toList()) {
                    Files.deleteIfExists(old);
                }
            }
        }
        return removed;
    }

    @Override
    public synchronized void close() {
        for (FileChannel channel : open) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // only reading and appending happened; nothing is lost
            }
        }
        open.clear();
        pack = null;
    }

    /** This run's pack, made when the first entry is written. */
    private synchronized FileChannel pack() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (pack == null) {
            Files.createDirectories(dir.resolve(PACKS));
            packPath = newPackPath();
            pack = FileChannel.open(packPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            open.add(pack);
            packEnd.set(0);
        }
        return pack;
    }

    private Path newPackPath() {
        return dir.resolve(PACKS).resolve(System.currentTimeMillis() + "-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + PACK_SUFFIX);
    }

    /** The index of every pack there, read from the entries' headers the first time it is needed. */
    private synchronized Map<String, Location> indexed() {
        if (indexed) {
            return index;
        }
        indexed = true;
        Path packs = dir.resolve(PACKS);
        if (!Files.isDirectory(packs)) {
            return index;
        }
        try (Stream<Path> files = Files.list(packs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(PACK_SUFFIX)).sorted().toList()) {
                indexPack(file);
            }
        } catch (IOException e) {
            throw new Unusable(dir, e);
        }
        return index;
    }

    /** Adds a pack's entries, up to the first whose header is not whole: the rest of it was never written. */
    private void indexPack(Path file) throws IOException {
        FileChannel in;
        try {
            in = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException prunedMeanwhile) {
            return;
        }
        open.add(in);
        long size = in.size();
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        for (long position = 0; position + HEADER_BYTES <= size; ) {
            header.clear();
            while (header.hasRemaining() && in.read(header, position + header.position()) > 0) {
                // reads the whole header
            }
            int samples = header.getInt(4 + KEY_BYTES);
            long next = position + HEADER_BYTES + (long) samples + CHECKSUM_BYTES;
            if (header.hasRemaining() || header.getInt(0) != MAGIC || samples < 0 || next > size) {
                return;
            }
            String key = new String(header.array(), 4, KEY_BYTES, StandardCharsets.US_ASCII);
            // Packs are read oldest first, so an entry made again, after a damaged one, is the one found.
            index.put(key, new Location(file, in, position, samples));
            position = next;
        }
    }

    /** The entry's samples, when it is whole and undamaged. */
    private static Optional<byte[]> read(Location at, String key) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        ByteBuffer pcm = ByteBuffer.allocate(at.samples());
        ByteBuffer checksum = ByteBuffer.allocate(CHECKSUM_BYTES);
        long position = at.position();
        for (ByteBuffer part : new ByteBuffer[] {header, pcm, checksum}) {
            while (part.hasRemaining()) {
                int n = at.pack().read(part, position);
                if (n < 0) {
                    return Optional.empty();
                }
                position += n;
            }
        }
        boolean whole = header.getInt(0) == MAGIC
                && key.equals(new String(header.array(), 4, KEY_BYTES, StandardCharsets.US_ASCII))
                && header.getInt(4 + KEY_BYTES) == at.samples()
                && checksum.getInt(0) == checksum(header.rewind(), pcm.array());
        return whole ? Optional.of(pcm.array()) : Optional.empty();
    }

    private static ByteBuffer header(String key, int samples) {
        byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
        if (keyBytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("not a segment key: " + key);
        }
        return ByteBuffer.allocate(HEADER_BYTES).putInt(MAGIC).put(keyBytes).putInt(samples).flip();
    }

    private static int checksum(ByteBuffer header, byte[] pcm) {
        CRC32C crc = new CRC32C();
        crc.update(header.duplicate());
        crc.update(pcm);
        return (int) crc.getValue();
    }
}
