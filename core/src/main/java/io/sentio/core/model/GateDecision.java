package io.sentio.core.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Why a candidate model was, or was not, promoted: both models scored on the same held-out data.
 *
 * @param metric           the metric compared, e.g. "macro_f1"
 * @param candidateScore   the candidate's score
 * @param liveScore        the live model's score; empty when there was no live model
 * @param liveVersion      the live model's version; empty when there was none
 * @param tolerance        how much worse than live the candidate may be and still pass
 * @param promoted         the decision
 * @param heldOutData      what both were scored on
 * @param decidedAt        when
 */
public record GateDecision(String metric, double candidateScore, Optional<Double> liveScore,
        Optional<Integer> liveVersion, double tolerance, boolean promoted, String heldOutData, Instant decidedAt) {
}
