package dev.audiobook.render;

import java.util.Optional;

/** Speech already made, by the key of what it says and how it was made. */
public interface SegmentCache {
    SegmentCache NONE = new SegmentCache() {
        @Override
        public Optional<byte[]> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, byte[] pcm) {}
    };

    Optional<byte[]> get(String key);

    void put(String key, byte[] pcm);

    /** Counts the entry as used by this run though it was not read, as for a book already up to date. */
    default void keep(String key) {}
}
