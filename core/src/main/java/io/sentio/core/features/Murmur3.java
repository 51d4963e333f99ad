package io.sentio.core.features;

/**
 * MurmurHash3's 32-bit finaliser. String's polynomial hash (and a plain combination of ids) leaves
 * similar terms in neighbouring values; this spreads every input bit over the whole result, so
 * open-addressing tables and hash buckets see them far apart.
 */
final class Murmur3 {
    private Murmur3() {
    }

    static int finalise(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
