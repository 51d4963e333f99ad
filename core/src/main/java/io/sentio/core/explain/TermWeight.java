package io.sentio.core.explain;

import java.util.List;

/**
 * One term of a text and how much it moved the explained score.
 *
 * @param term   the term as the model knows it (lower-cased when the model lower-cases; an n-gram's
 *               words joined by one space)
 * @param weight what the term added to the score (negative: it pulled the score down); see
 *               {@link Explanation} for which score
 * @param spans  every occurrence of the term in the text as submitted, in text order
 */
public record TermWeight(String term, double weight, List<Span> spans) {
    public TermWeight {
        spans = List.copyOf(spans);
    }
}
