package io.sentio.core.explain;

import java.util.List;
import java.util.Optional;

/**
 * Why a text got (or did not get) one label: the terms that pushed that label's score up or down,
 * largest |weight| first.
 *
 * <p>The score is the quantity the decision compares, on the log scale where a linear model's
 * terms add up:
 * <ul>
 *   <li>single-label (softmax over the labels, whether the model was trained for log loss or hinge
 *       loss): {@code ln(p(label) / p(rival))}, the log-odds of the label against {@code comparedWith},
 *       the most probable other label. With two labels that is the label's log-odds; the label wins
 *       when it is above 0 (under a weighted-probability rule, above {@code ln(w(rival) / w(label))}).
 *       A term's linear weight is its feature value times (its weight for the label − its weight
 *       for the rival);</li>
 *   <li>multi-label (one independent sigmoid per label, one-vs-rest): {@code ln(p / (1 − p))}, the
 *       label's own log-odds; the label is chosen when it reaches the logit of its threshold
 *       ({@code ln(t / (1 − t))}, 0 for 0.5). No rival: {@code comparedWith} is empty.</li>
 * </ul>
 *
 * @param label           the label explained
 * @param method          how the weights were found
 * @param comparedWith    single-label: the rival label of the score; empty for multi-label
 * @param bias            the score of a text with none of these terms
 * @param score           the text's score; for {@link Method#LINEAR}, {@code bias + Σ weight} over all
 *                        the text's terms (not only the listed ones)
 * @param terms           the terms of largest |weight|, at most as many as asked for
 * @param otherTermsWeight the summed weight of the text's terms left out of {@code terms}, so that for
 *                        a linear model {@code bias + Σ terms + otherTermsWeight = score}
 */
public record Explanation(String label, Method method, Optional<String> comparedWith, double bias, double score,
        List<TermWeight> terms, double otherTermsWeight) {
    public Explanation {
        terms = List.copyOf(terms);
    }
}
