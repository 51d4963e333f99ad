package io.sentio.core.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a bundle carries about how its scores become answers: the task, the rule, and what
 * the answers looked like on held-out texts at training (the drift baseline). It is the manifest's
 * {@code decision} section, read by every place that turns probabilities into a label. Bundles
 * written before it existed are single-label, highest probability, without a baseline.
 *
 * @param baseline the reference {@code sentio drift} compares new data with; empty for bundles
 *                 trained before baselines were recorded
 */
public record Decision(Task task, DecisionRule rule, Optional<DriftBaseline> baseline) {
    public static final Decision HIGHEST_PROBABILITY =
            new Decision(Task.SINGLE_LABEL, new DecisionRule.HighestProbability());

    @JsonCreator
    public Decision {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(rule, "rule");
        baseline = baseline == null ? Optional.empty() : baseline;
        boolean multiLabelRule = rule instanceof DecisionRule.LabelThresholds;
        if (multiLabelRule != (task == Task.MULTI_LABEL)) {
            throw new IllegalArgumentException("decision rule " + rule.getClass().getSimpleName()
                    + " does not fit a " + task.wireName() + " model");
        }
    }

    public Decision(Task task, DecisionRule rule) {
        this(task, rule, Optional.empty());
    }

    public static Decision singleLabel(DecisionRule rule) {
        return new Decision(Task.SINGLE_LABEL, rule);
    }

    /** The same task and rule, with this baseline. */
    public Decision withBaseline(DriftBaseline newBaseline) {
        return new Decision(task, rule, Optional.of(newBaseline));
    }

    public boolean multiLabel() {
        return task == Task.MULTI_LABEL;
    }
}
