package io.sentio.core.features;

import java.util.Arrays;

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
 * the child's vocabulary position or -1), open addressing with linear probing, at most 70 % full.
 * The nodes of single tokens are their token ids; longer paths get ids from {@value #FIRST_LONGER} on.
 */
final class TermPaths {
    private static final int SLOT = 4;
    private static final int PARENT = 0;
    private static final int TOKEN = 1;
    private static final int CHILD = 2;
    private static final int POSITION = 3;
    private static final int EMPTY = -1;
    /** The first node id of a path longer than one token: far above every token id. */
    private static final int FIRST_LONGER = 1 << 30;

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
     * with an empty piece, are left out, as no text's n-gram can be them. One pass over the terms'
     * characters, no String per piece: this runs when a model is loaded.
     */
    static TermPaths of(Vocabulary vocabulary, int ngramMax) {
        Building building = new Building(vocabulary.size());
        int[] path = new int[ngramMax];
        for (int p = 0; p < vocabulary.size(); p++) {
            String term = vocabulary.term(p);
            int pieces = pieces(term, ngramMax);
            if (pieces < 0) {
                continue;
            }
            int from = 0;
            for (int i = 0; i < pieces; i++) {
                int space = i == pieces - 1 ? term.length() : term.indexOf(' ', from);
                path[i] = building.token(term, from, space);
                from = space + 1;
            }
            building.add(path, pieces, p);
        }
        return building.build();
    }

    /** How many space-separated pieces the term has, or -1 if more than {@code ngramMax} or one is empty. */
    private static int pieces(String term, int ngramMax) {
        if (term.isEmpty()) {
            return -1;
        }
        int pieces = 1;
        char previous = ' ';
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == ' ') {
                if (previous == ' ' || ++pieces > ngramMax) {
                    return -1;
                }
            }
            previous = c;
        }
        return previous == ' ' ? -1 : pieces;
    }

    /** The tables while the terms are added; they grow as needed. */
    private static final class Building {
        private final TermIndex.Builder tokens;
        private int[] unigramPositions = emptyPositions(1024);
        private int[] edges;
        private int edgeCount;
        private int nextNode = FIRST_LONGER;

        Building(int terms) {
            // Distinct tokens are about an eighth of the terms (22,865 for 176,470); the table grows as needed.
            this.tokens = new TermIndex.Builder(terms / 16, terms);
            this.edges = emptyEdges(Integer.highestOneBit(Math.max(1024, terms)) << 1);
        }

        int token(String term, int from, int to) {
            int id = tokens.add(term, from, to);
            if (id == unigramPositions.length) {
                int[] more = emptyPositions(id * 2);
                System.arraycopy(unigramPositions, 0, more, 0, id);
                unigramPositions = more;
            }
            return id;
        }

        void add(int[] path, int length, int position) {
            if (length == 1) {
                unigramPositions[path[0]] = position;
                return;
            }
            int node = path[0];
            for (int i = 1; i < length; i++) {
                int at = find(edges, node, path[i]);
                if (edges[at + PARENT] == EMPTY) {
                    edges[at + PARENT] = node;
                    edges[at + TOKEN] = path[i];
                    edges[at + CHILD] = nextNode++;
                    edges[at + POSITION] = EMPTY;
                    if (++edgeCount * 10 > (edges.length / SLOT) * 7) {
                        edges = rehash(edges, edges.length / SLOT * 2);
                        at = find(edges, node, path[i]);
                    }
                }
                if (i == length - 1) {
                    edges[at + POSITION] = position;
                }
                node = edges[at + CHILD];
            }
        }

        TermPaths build() {
            return new TermPaths(tokens.build(), Arrays.copyOf(unigramPositions, tokens.size()), edges);
        }
    }

    /** The slot of the edge (node → token), or the empty slot where it would go. */
    private static int find(int[] edges, int node, int tokenId) {
        int mask = edges.length / SLOT - 1;
        int slot = hash(node, tokenId) & mask;
        while (true) {
            int at = slot * SLOT;
            int parent = edges[at + PARENT];
            if (parent == EMPTY || (parent == node && edges[at + TOKEN] == tokenId)) {
                return at;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int[] emptyPositions(int length) {
        int[] positions = new int[length];
        Arrays.fill(positions, EMPTY);
        return positions;
    }

    private static int[] emptyEdges(int slots) {
        int[] edges = new int[slots * SLOT];
        for (int s = 0; s < slots; s++) {
            edges[s * SLOT + PARENT] = EMPTY;
        }
        return edges;
    }

    private static int[] rehash(int[] old, int slots) {
        int[] edges = emptyEdges(slots);
        for (int from = 0; from < old.length; from += SLOT) {
            if (old[from + PARENT] != EMPTY) {
                System.arraycopy(old, from, edges, find(edges, old[from + PARENT], old[from + TOKEN]), SLOT);
            }
        }
        return edges;
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
        int slot = hash(node, tokenId) & mask;
        while (true) {
            int at = slot * SLOT;
            int parent = edges[at + PARENT];
            if (parent == node && edges[at + TOKEN] == tokenId) {
                return at;
            }
            if (parent == EMPTY) {
                return -1;
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

    private static int hash(int node, int tokenId) {
        return Murmur3.finalise(node * 0x9E3779B9 + tokenId);
    }

}
