package io.sentio.core.features;

/**
 * Clean text → feature vector, exactly as configured at training. Immutable and thread-safe: one
 * instance serves every request of a Lambda environment. {@link #extract} (training, Tribuo) and
 * {@link #extractInto} (the serving fast path) are one computation: the first is the second plus
 * the terms' names.
 */
public final class FeatureExtractor {
    private static final char[] NEGATION_MARK = NegationScope.MARK.toCharArray();
    private static final int NEGATION_MARK_HASH = NegationScope.MARK.hashCode();

    private final FeatureConfig config;
    private final Vocabulary vocabulary;
    private final TermCounter counter;
    private final Tokenizer tokenizer;
    /** The vocabulary as token-id paths; null when terms are hashed into buckets. */
    private final TermPaths paths;

    public FeatureExtractor(FeatureConfig config, Vocabulary vocabulary) {
        this.config = config;
        this.vocabulary = vocabulary;
        this.counter = new TermCounter(config);
        this.tokenizer = new Tokenizer(config);
        this.paths = config.hashing() || config.ngramMax() < 1 ? null : TermPaths.of(vocabulary, config.ngramMax());
    }

    public FeatureConfig config() {
        return config;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The features by name, in vocabulary order. */
    public FeatureVector extract(String cleanText) {
        FeatureBuffer buffer = new FeatureBuffer();
        extractInto(cleanText, buffer);
        String[] names = new String[buffer.size()];
        double[] values = new double[buffer.size()];
        for (int i = 0; i < buffer.size(); i++) {
            names[i] = vocabulary.term(buffer.position(i));
            values[i] = buffer.value(i);
        }
        return new FeatureVector(names, values);
    }

    /**
     * The features by vocabulary position, ascending, into a reusable buffer. Terms outside the
     * vocabulary are dropped before counting; how many of the text's tokens were among them is
     * kept as {@link FeatureBuffer#unknownTermShare()}.
     */
    public void extractInto(String cleanText, FeatureBuffer out) {
        out.clear(vocabulary.size());
        if (paths != null) {
            countByPaths(cleanText, out);
        } else {
            counter.forEachTerm(cleanText, out.gram, (term, hash, unigram) -> {
                int position = vocabulary.indexOf(term, hash);
                if (unigram) {
                    out.countToken(position >= 0);
                }
                if (position >= 0) {
                    out.addOccurrence(position);
                }
            });
        }
        out.countOccurrences();
        int n = 0;
        double squares = 0;
        for (int i = 0; i < out.size(); i++) {
            int position = out.position(i);
            double weight = vocabulary.weightAt(position);
            if (weight == 0.0) {
                continue;
            }
            double value = config.weighting().weigh((int) out.value(i)) * weight;
            out.set(n++, position, value);
            squares += value * value;
        }
        out.truncate(n);
        if (config.l2Normalize() && squares > 0) {
            out.divideBy(Math.sqrt(squares));
        }
    }

    /**
     * The occurrences of the text's known n-grams, as {@link TermCounter#forEachTerm} enumerates
     * them, found as token-id paths: each token is looked up once, and an n-gram only while some
     * term starts with its tokens so far.
     */
    private void countByPaths(String cleanText, FeatureBuffer out) {
        TokenIds tokens = new TokenIds(cleanText, out);
        tokenizer.spans(cleanText, tokens);
        int[] ids = tokens.ids;
        int count = tokens.count;
        int ngramMax = config.ngramMax();
        for (int start = 0; start < count; start++) {
            int node = ids[start];
            int position = node < 0 ? -1 : paths.unigramPosition(node);
            out.countToken(position >= 0);
            if (position >= 0) {
                out.addOccurrence(position);
            }
            for (int end = start + 1; node >= 0 && end < count && end - start < ngramMax; end++) {
                int next = ids[end];
                int edge = next < 0 ? -1 : paths.edge(node, next);
                if (edge < 0) {
                    break;
                }
                int ngram = paths.positionAt(edge);
                if (ngram >= 0) {
                    out.addOccurrence(ngram);
                }
                node = paths.childAt(edge);
            }
        }
    }

    /** Collects the token ids of one text (-1 for a token no term has) into the buffer's scratch array. */
    private final class TokenIds implements Tokenizer.SpanSink {
        private final String text;
        private final FeatureBuffer out;
        /** A text of n characters has at most n tokens. */
        final int[] ids;
        int count;

        TokenIds(String text, FeatureBuffer out) {
            this.text = text;
            this.out = out;
            this.ids = out.tokenIds(text.length());
        }

        @Override
        public void accept(int from, int to, boolean word, boolean negated) {
            ids[count++] = tokenId(from, to, word, negated);
        }

        /**
         * An ASCII token is lower-cased (if configured) into scratch space, after the negation mark
         * when it has one, and looked up from there: exactly the token {@link Tokenizer#tokens} would
         * make, without making it. Any other token is made as the tokenizer makes it (Unicode
         * lower-casing and apostrophes have their own rules).
         */
        private int tokenId(int from, int to, boolean word, boolean negated) {
            int mark = negated ? NEGATION_MARK.length : 0;
            int length = mark + to - from;
            char[] chars = out.tokenChars(length);
            boolean lower = word && tokenizer.lowercase();
            int hash = negated ? NEGATION_MARK_HASH : 0;
            System.arraycopy(NEGATION_MARK, 0, chars, 0, mark);
            for (int i = mark; i < length; i++) {
                char c = text.charAt(from + i - mark);
                if (c >= 0x80) {
                    return paths.tokenId(tokenizer.token(text, from, to, word, negated));
                }
                if (lower && c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                chars[i] = c;
                hash = 31 * hash + c;
            }
            return paths.tokenId(chars, length, hash);
        }
    }
}
