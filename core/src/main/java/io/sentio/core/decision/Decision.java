package io.sentio.core.decision;

import java.util.Objects;

/**
 * Everything a bundle carries about how its scores become answers: the task and the rule. It is
 * the manifest's {@code decision} section, read by every place that turns probabilities into a
 * label. Bundles written before it existed are single-label, highest probability.
 */
public record Decision(Task task, DecisionRule rule) {
    public static final Decision HIGHEST_PROBABILITY =
            new Decision(Task.SINGLE_LABEL, new DecisionRule.HighestProbability());

    public Decision {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(rule, "rule");
        boolean multiLabelRule = rule instanceof DecisionRule.LabelThresholds;
        if (multiLabelRule != (task == Task.MULTI_LABEL)) {
            throw new IllegalArgumentException("decision rule " + rule.getClass().getSimpleName()
                    + " does not fit a " + task.wireName() + " model");
        }
    }

    public static Decision singleLabel(DecisionRule rule) {
        return new Decision(Task.SINGLE_LABEL, rule);
    }

    public boolean multiLabel() {
        return task == Task.MULTI_LABEL;
    }
}
