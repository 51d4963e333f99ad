package io.sentio.core.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary's terms as paths of token ids, so that serving finds a text's n-grams with a few
 * integer probes instead of building each n-gram's characters and comparing them.
 *
 * <p>A term is its tokens joined by single spaces ({@link TermCounter}); tokens never contain a
 * space, so a term's tokens are exactly its space-separated pieces. Every distinct piece gets a
 * token id; an n-gram is then a path from its first token through the next ones, and a path that
 * leads nowhere ends the search early: a text's trigram is not looked up at all when no term
 * starts with its first two tokens. The n-grams found, and their vocabulary positions, are exactly
 * those a lookup of the joined characters finds (FeatureExtractionOnRealReviewsTest holds the two
 * side by side). Immutable after construction, so safe to share between threads.
 *
 * <p>Layout: one int array of edges, four adjacent ints per slot (parent node, token id, child node,
 * the child's vocabulary position or -1), open addressing with linear probing. The nodes of single
 * tokens are their token ids; longer paths get node ids after them.
 */
final class TermPaths {
    private static final int SLOT = 4;
    private static final int PARENT = 0;
    private static final int TOKEN = 1;
    private static final int CHILD = 2;
    private static final int POSITION = 3;
    private static final int EMPTY = -1;

    private final TermIndex tokens;
    /** The vocabulary position of each token as a term of its own, or -1. */
    private final int[] unigramPositions;
    private final int[] edges;
    private final int mask;

    private TermPaths(TermIndex tokens, int[] unigramPositions, int[] edges) {
        this.tokens = tokens;
        this.unigramPositions = unigramPositions;
        this.edges = edges;
        this.mask = edges.length / SLOT - 1;
    }

    /**
     * The paths of the vocabulary's terms of at most {@code ngramMax} tokens; longer terms, and terms
     * with an empty piece, are left out, as no text's n-gram can be them.
     */
    static TermPaths of(Vocabulary vocabulary, int ngramMax) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[][] paths = new int[vocabulary.size()][];
        int longer = 0;
        for (int p = 0; p < vocabulary.size(); p++) {
            String[] pieces = vocabulary.term(p).split(" ", -1);
            if (pieces.length > ngramMax || hasEmpty(pieces)) {
                continue;
            }
            int[] path = new int[pieces.length];
            for (int i = 0; i < pieces.length; i++) {
                path[i] = ids.computeIfAbsent(pieces[i], piece -> {
                    distinct.add(piece);
                    return distinct.size() - 1;
                });
            }
            paths[p] = path;
            longer += path.length - 1;
        }
        int[] unigramPositions = new int[distinct.size()];
        java.util.Arrays.fill(unigramPositions, EMPTY);
        int slots = Integer.highestOneBit(Math.max(4, longer * 5 / 3)) << 1; // load factor 0.3–0.6
        int[] edges = new int[slots * SLOT];
        for (int s = 0; s < slots; s++) {
            edges[s * SLOT + PARENT] = EMPTY;
        }
        TermPaths built = new TermPaths(new TermIndex(distinct.toArray(String[]::new)), unigramPositions, edges);
        built.insert(paths, distinct.size());
        return built;
    }

    private static boolean hasEmpty(String[] pieces) {
        for (String piece : pieces) {
            if (piece.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void insert(int[][] paths, int tokenCount) {
        int nextNode = tokenCount;
        for (int p = 0; p < paths.length; p++) {
            int[] path = paths[p];
            if (path == null) {
                continue;
            }
            if (path.length == 1) {
                unigramPositions[path[0]] = p;
                continue;
            }
            int node = path[0];
            for (int i = 1; i < path.length; i++) {
                int at = edge(node, path[i]);
                if (at < 0) {
                    at = emptySlot(node, path[i]);
                    edges[at + PARENT] = node;
                    edges[at + TOKEN] = path[i];
                    edges[at + CHILD] = nextNode++;
                    edges[at + POSITION] = EMPTY;
                }
                if (i == path.length - 1) {
                    edges[at + POSITION] = p;
                }
                node = edges[at + CHILD];
            }
        }
    }

    /** The id of a token given as a String, or -1 when no term has it. */
    int tokenId(String token) {
        return tokens.indexOf(token);
    }

    /** The id of the token in {@code chars[0, length)}, given its {@link String#hashCode()}, or -1. */
    int tokenId(char[] chars, int length, int stringHash) {
        return tokens.indexOf(chars, length, stringHash);
    }

    /** The vocabulary position of a token (by id) as a term of its own, or -1. */
    int unigramPosition(int tokenId) {
        return unigramPositions[tokenId];
    }

    /**
     * The edge from a node (a token id, or {@link #childAt} of an earlier edge) on to a token: an
     * index for {@link #childAt} and {@link #positionAt}, or -1 when no term continues this way.
     */
    int edge(int node, int tokenId) {
        int slot = spread(node * 0x9E3779B9 + tokenId) & mask;
        while (true) {
            int at = slot * SLOT;
            int parent = edges[at + PARENT];
            if (parent == EMPTY) {
                return -1;
            }
            if (parent == node && edges[at + TOKEN] == tokenId) {
                return at;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The node an edge leads to. */
    int childAt(int edge) {
        return edges[edge + CHILD];
    }

    /** The vocabulary position of the n-gram an edge completes, or -1 when it is only a prefix of terms. */
    int positionAt(int edge) {
        return edges[edge + POSITION];
    }

    private int emptySlot(int node, int tokenId) {
        int slot = spread(node * 0x9E3779B9 + tokenId) & mask;
        while (edges[slot * SLOT + PARENT] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        return slot * SLOT;
    }

    /** MurmurHash3's finaliser, so neighbouring node and token ids use distant slots. */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
