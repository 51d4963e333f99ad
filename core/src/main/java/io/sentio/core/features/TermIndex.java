package io.sentio.core.features;

import java.util.Arrays;

/**
 * Finds a term's position among the vocabulary's terms by any {@link CharSequence}, so a bigram
 * built in a reused {@link StringBuilder} is looked up without first becoming a String.
 *
 * <p>Laid out for the CPU cache, because with tens of thousands of terms nearly every lookup of a
 * new text misses it: one slot is four adjacent ints (hash, position, offset and length of the
 * term's characters in one shared char pool), so a lookup touches the slot's cache line and the
 * term's characters, instead of chasing String → byte[] pointers. Open addressing, linear probing;
 * immutable after construction, so safe to share between threads.
 */
final class TermIndex {
    private static final int SLOT = 4;
    private static final int HASH = 0;
    private static final int POSITION = 1;
    private static final int OFFSET = 2;
    private static final int LENGTH = 3;
    private static final int EMPTY = -1;

    private final int[] table;
    private final char[] pool;
    private final int mask;

    /** @param terms distinct terms; their array positions are what {@link #indexOf} returns */
    TermIndex(String[] terms) {
        int slots = Integer.highestOneBit(Math.max(4, terms.length * 5 / 3)) << 1; // load factor 0.3–0.6
        this.table = new int[slots * SLOT];
        this.mask = slots - 1;
        this.pool = new char[Arrays.stream(terms).mapToInt(String::length).sum()];
        for (int s = 0; s < slots; s++) {
            table[s * SLOT + POSITION] = EMPTY;
        }
        int offset = 0;
        for (int i = 0; i < terms.length; i++) {
            String term = terms[i];
            if (indexOf(term) >= 0) {
                throw new IllegalArgumentException("duplicate term: " + term);
            }
            term.getChars(0, term.length(), pool, offset);
            int hash = spread(term.hashCode());
            int slot = hash & mask;
            while (table[slot * SLOT + POSITION] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            int at = slot * SLOT;
            table[at + HASH] = hash;
            table[at + POSITION] = i;
            table[at + OFFSET] = offset;
            table[at + LENGTH] = term.length();
            offset += term.length();
        }
    }

    /** The position of this term, or -1 when it is not one of the terms. */
    int indexOf(CharSequence term) {
        return indexOf(term, stringHash(term));
    }

    /**
     * The same, for a caller that already knows the term's {@link String#hashCode()}: n-grams get
     * theirs from their tokens' cached hashes ({@link TermCounter}), which spares a pass over the
     * characters of every term looked up (a tenth of a served request's CPU before).
     */
    int indexOf(CharSequence term, int stringHash) {
        int hash = spread(stringHash);
        int slot = hash & mask;
        while (true) {
            int at = slot * SLOT;
            int position = table[at + POSITION];
            if (position == EMPTY) {
                return -1;
            }
            if (table[at + HASH] == hash && equal(table[at + OFFSET], table[at + LENGTH], term)) {
                return position;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The same, for a term held in the first {@code length} characters of a scratch array, with its
     * {@link String#hashCode()}: the serving path looks tokens up this way, straight from the text.
     */
    int indexOf(char[] term, int length, int stringHash) {
        int hash = spread(stringHash);
        int slot = hash & mask;
        while (true) {
            int at = slot * SLOT;
            int position = table[at + POSITION];
            if (position == EMPTY) {
                return -1;
            }
            if (table[at + HASH] == hash && table[at + LENGTH] == length
                    && Arrays.equals(pool, table[at + OFFSET], table[at + OFFSET] + length, term, 0, length)) {
                return position;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean equal(int offset, int length, CharSequence term) {
        if (length != term.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (pool[offset + i] != term.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@link String#hashCode()} of any character sequence (cached by a String itself). */
    static int stringHash(CharSequence term) {
        if (term instanceof String string) {
            return string.hashCode();
        }
        int h = 0;
        for (int i = 0; i < term.length(); i++) {
            h = 31 * h + term.charAt(i);
        }
        return h;
    }

    /** MurmurHash3's finaliser over String's polynomial hash, so similar terms use distant slots. */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
