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

    /** Fixed once built; only a {@link Builder} changes them, before it hands the index out. */
    private int[] table;
    private char[] pool;
    private int mask;
    private int size;
    private int poolLength;

    /** @param terms distinct terms; their array positions are what {@link #indexOf} returns */
    TermIndex(String[] terms) {
        this(terms.length, Arrays.stream(terms).mapToInt(String::length).sum());
        for (int i = 0; i < terms.length; i++) {
            if (add(terms[i], 0, terms[i].length()) != i) {
                throw new IllegalArgumentException("duplicate term: " + terms[i]);
            }
        }
    }

    private TermIndex(int expectedTerms, int expectedChars) {
        int slots = slotsFor(expectedTerms);
        this.table = emptyTable(slots);
        this.mask = slots - 1;
        this.pool = new char[Math.max(16, expectedChars)];
    }

    /** Load factor 0.3–0.6. */
    private static int slotsFor(int terms) {
        return Integer.highestOneBit(Math.max(4, terms * 5 / 3)) << 1;
    }

    private static int[] emptyTable(int slots) {
        int[] table = new int[slots * SLOT];
        for (int s = 0; s < slots; s++) {
            table[s * SLOT + POSITION] = EMPTY;
        }
        return table;
    }

    /** Assigns the next position to the terms it has not seen, in the order it sees them. */
    static final class Builder {
        private final TermIndex index;
        private boolean built;

        Builder(int expectedTerms, int expectedChars) {
            this.index = new TermIndex(expectedTerms, expectedChars);
        }

        /** The position of the term {@code text[from, to)}, added as the next one if it is new. */
        int add(String text, int from, int to) {
            if (built) {
                throw new IllegalStateException("the index was built already");
            }
            return index.add(text, from, to);
        }

        int size() {
            return index.size;
        }

        TermIndex build() {
            built = true;
            return index;
        }
    }

    /** The position of {@code text[from, to)}; a new term gets the next position. */
    private int add(String text, int from, int to) {
        int length = to - from;
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        int hash = Murmur3.finalise(h);
        int slot = hash & mask;
        while (true) {
            int at = slot * SLOT;
            int position = table[at + POSITION];
            if (position == EMPTY) {
                break;
            }
            if (table[at + HASH] == hash && table[at + LENGTH] == length
                    && equalRange(table[at + OFFSET], text, from, length)) {
                return position;
            }
            slot = (slot + 1) & mask;
        }
        if (poolLength + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(poolLength + length, pool.length * 2));
        }
        text.getChars(from, to, pool, poolLength);
        int at = slot * SLOT;
        table[at + HASH] = hash;
        table[at + POSITION] = size;
        table[at + OFFSET] = poolLength;
        table[at + LENGTH] = length;
        poolLength += length;
        size++;
        if (size * 5 > (mask + 1) * 3) {
            grow();
        }
        return size - 1;
    }

    private boolean equalRange(int offset, String text, int from, int length) {
        for (int i = 0; i < length; i++) {
            if (pool[offset + i] != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    /** Doubles the slots, keeping every term's position. */
    private void grow() {
        int[] old = table;
        int slots = (mask + 1) * 2;
        table = emptyTable(slots);
        mask = slots - 1;
        for (int from = 0; from < old.length; from += SLOT) {
            if (old[from + POSITION] == EMPTY) {
                continue;
            }
            int slot = old[from + HASH] & mask;
            while (table[slot * SLOT + POSITION] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            System.arraycopy(old, from, table, slot * SLOT, SLOT);
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
        int hash = Murmur3.finalise(stringHash);
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
        int hash = Murmur3.finalise(stringHash);
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

}
