package io.sentio.core.features;

/**
 * Finds a term's position among the vocabulary's terms by any {@link CharSequence}, so a bigram
 * built in a reused {@link StringBuilder} is looked up without first becoming a String. Open
 * addressing over two int arrays: no boxed keys or values, and one probe in the common case.
 * Immutable after construction, so safe to share between threads.
 */
final class TermIndex {
    private static final int EMPTY = -1;

    private final String[] terms;
    private final int[] slots;
    private final int[] hashes;
    private final int mask;

    /** @param terms distinct terms; their array positions are what {@link #indexOf} returns */
    TermIndex(String[] terms) {
        this.terms = terms;
        int capacity = Integer.highestOneBit(Math.max(4, terms.length * 2 - 1)) << 1;
        this.slots = new int[capacity];
        this.hashes = new int[capacity];
        this.mask = capacity - 1;
        java.util.Arrays.fill(slots, EMPTY);
        for (int i = 0; i < terms.length; i++) {
            int hash = hash(terms[i]);
            int slot = hash & mask;
            while (slots[slot] != EMPTY) {
                if (hashes[slot] == hash && terms[slots[slot]].contentEquals(terms[i])) {
                    throw new IllegalArgumentException("duplicate term: " + terms[i]);
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = i;
            hashes[slot] = hash;
        }
    }

    /** The position of this term, or -1 when it is not one of the terms. */
    int indexOf(CharSequence term) {
        int hash = hash(term);
        int slot = hash & mask;
        int index;
        while ((index = slots[slot]) != EMPTY) {
            if (hashes[slot] == hash && equal(terms[index], term)) {
                return index;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static boolean equal(String term, CharSequence candidate) {
        if (term.length() != candidate.length()) {
            return false;
        }
        return candidate instanceof String s ? term.equals(s) : term.contentEquals(candidate);
    }

    /** String's polynomial hash spread by MurmurHash3's finaliser, so similar terms use distant slots. */
    private static int hash(CharSequence term) {
        int h = 0;
        for (int i = 0; i < term.length(); i++) {
            h = 31 * h + term.charAt(i);
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
