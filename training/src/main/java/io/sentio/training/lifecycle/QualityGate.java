package io.sentio.training.lifecycle;

import io.sentio.core.model.Classifier;
import io.sentio.core.model.GateDecision;
import io.sentio.core.decision.Task;
import io.sentio.training.eval.Scores;
import io.sentio.training.eval.Evaluator;
import io.sentio.training.prepare.Review;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the candidate and the live model on the same held-out texts, through the same
 * {@link Classifier} path serving uses, and decides by the {@link GatePolicy}.
 */
public final class QualityGate {
    private final GatePolicy policy;
    private final Evaluator evaluator;
    private final Clock clock;

    public QualityGate(GatePolicy policy, Evaluator evaluator, Clock clock) {
        this.policy = policy;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    public GatePolicy policy() {
        return policy;
    }

    /**
     * @param heldOut            labelled texts at the candidate's granularity, seen by neither model in training
     *                           (for the candidate: its test split or a separate file)
     * @param heldOutDescription what they are, for the record ("test split of s3://…/reviews.csv (240 texts)")
     */
    public Verdict judge(Classifier candidate, Optional<LiveModel> live, List<Review> heldOut,
            String heldOutDescription) {
        if (heldOut.isEmpty()) {
            throw new IllegalArgumentException("the quality gate has no held-out texts to score on ("
                    + heldOutDescription + ")");
        }
        Task task = candidate.manifest().decision().task();
        live.ifPresent(l -> requireSameTask(task, l));
        GateMetric metric = policy.metricFor(task);
        Scores candidateEvaluation = evaluate(candidate, heldOut);
        Optional<Scores> liveEvaluation = live.map(l -> evaluate(l.classifier(), heldOut));
        double candidateScore = metric.score(candidateEvaluation);
        Optional<Double> liveScore = liveEvaluation.map(metric::score);
        GateDecision decision = new GateDecision(metric.id(), candidateScore, liveScore,
                live.map(LiveModel::version), policy.tolerance(), policy.passes(candidateScore, liveScore),
                heldOutDescription, clock.instant());
        return new Verdict(decision, candidateEvaluation, liveEvaluation);
    }

    /** One line: "macro_f1 0.8123 vs live v2 0.8011 (tolerance 0.0000)". */
    public static String describe(GateDecision d) {
        String versus = d.liveScore().isPresent()
                ? String.format(Locale.ROOT, " vs live v%d %.4f", d.liveVersion().orElse(0), d.liveScore().get())
                : ", no live model to compare with";
        return String.format(Locale.ROOT, "%s %.4f%s (tolerance %.4f)", d.metric(), d.candidateScore(), versus,
                d.tolerance());
    }

    private Scores evaluate(Classifier classifier, List<Review> heldOut) {
        return classifier.manifest().decision().multiLabel()
                ? evaluator.evaluateSets(classifier, heldOut)
                : evaluator.evaluate(classifier, heldOut, 0, 0, Map.of());
    }

    /** A label-set model and a one-label model answer different questions: no score of one ranks the other. */
    private static void requireSameTask(Task task, LiveModel live) {
        Task liveTask = live.classifier().manifest().decision().task();
        if (liveTask != task) {
            throw new TaskMismatch("the candidate is a " + task.wireName() + " model but the live model (version "
                    + live.version() + ") is " + liveTask.wireName() + "; the gate compares models of one task only "
                    + "(publish it under another store or alias, or move the alias by hand)");
        }
    }

    /** The candidate and the live model are of different tasks; nothing was stored or moved. */
    public static final class TaskMismatch extends IllegalArgumentException {
        TaskMismatch(String message) {
            super(message);
        }
    }

    /** The model an alias points at now. */
    public record LiveModel(int version, Classifier classifier) {
    }

    /** The decision, and both full evaluations behind it. */
    public record Verdict(GateDecision decision, Scores candidate, Optional<Scores> live) {
    }
}
