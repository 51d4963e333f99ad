package io.sentio.core.explain;

import java.util.Optional;

/**
 * What to explain.
 *
 * @param label    the label to explain; empty = each prediction's own (multi-label: its most
 *                 probable chosen label, or the most probable label when none was chosen)
 * @param maxTerms how many terms to list, 1..{@value #MAX_TERMS}
 */
public record ExplainOptions(Optional<String> label, int maxTerms) {
    public static final int DEFAULT_TERMS = 10;
    public static final int MAX_TERMS = 100;

    public ExplainOptions {
        if (maxTerms < 1 || maxTerms > MAX_TERMS) {
            throw new IllegalArgumentException("terms to explain must be between 1 and " + MAX_TERMS + ", was " + maxTerms);
        }
    }

    /** The predicted label, {@value #DEFAULT_TERMS} terms. */
    public static ExplainOptions defaults() {
        return new ExplainOptions(Optional.empty(), DEFAULT_TERMS);
    }
}
