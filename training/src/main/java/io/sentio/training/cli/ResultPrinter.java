package io.sentio.training.cli;

import io.sentio.core.model.GateDecision;
import io.sentio.core.model.Manifest;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.model.Prediction;
import io.sentio.training.eval.ClassMetrics;
import io.sentio.training.eval.Evaluation;
import io.sentio.training.eval.LabelMetrics;
import io.sentio.training.eval.MultiLabelEvaluation;
import io.sentio.training.job.MultiLabelTrainingResult;
import io.sentio.training.job.TrainingResult;
import io.sentio.training.lifecycle.GatedPublisher;
import io.sentio.training.lifecycle.RetrainRecord;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the CLI prints on stdout: results, in a form a person reads and a script can grep. */
final class ResultPrinter {
    private final PrintStream out;

    ResultPrinter(PrintStream out) {
        this.out = out;
    }

    void trained(TrainingResult result) {
        trained(result.bundle(), result.out(), () -> evaluation(result.evaluation()));
    }

    void trained(MultiLabelTrainingResult result) {
        trained(result.bundle(), result.out(), () -> evaluation(result.evaluation()));
    }

    /** The same frame for both tasks; only the evaluation printed inside it differs. */
    private void trained(ModelBundle bundle, java.nio.file.Path dir, Runnable evaluation) {
        header(bundle.manifest());
        evaluation.run();
        files(bundle);
        out.println("decision   " + describe(bundle.manifest().decision().rule()));
        written(dir);
    }

    private void header(Manifest m) {
        out.printf(Locale.ROOT, "model      %s (%s, %s granularity, %s split)%n", m.name(), m.trainer().type(),
                m.granularity(), m.trainer().hyperparameters().get("split"));
        out.printf(Locale.ROOT, "data       %s [%s] sha256 %s%n", m.data().source(), m.data().format(),
                m.data().sha256().substring(0, 12));
    }

    private void files(ModelBundle bundle) {
        out.printf(Locale.ROOT, "model file %.2f MB (%s), vocabulary %d KB%n",
                bundle.files().get(ModelBundle.MODEL_FILE).length / 1e6, ModelBundle.MODEL_FILE,
                bundle.files().get(ModelBundle.VOCABULARY_FILE).length / 1024);
        out.printf(Locale.ROOT, "bundle     %.2f MB in all (%s)%n",
                bundle.files().values().stream().mapToLong(b -> b.length).sum() / 1e6,
                String.join(", ", new java.util.TreeSet<>(bundle.files().keySet())));
    }

    private void written(java.nio.file.Path dir) {
        out.println("written    " + dir.toAbsolutePath().normalize() + " (bundle, evaluation.json, evaluation.html)");
    }

    void evaluation(MultiLabelEvaluation e) {
        out.printf(Locale.ROOT, "micro-F1   %.4f%nmacro-F1   %.4f%nsamples-F1 %.4f%nhamming    %.4f%n"
                + "subset-acc %.4f%nlabels     %.2f per text true, %.2f predicted%n", e.microF1(), e.macroF1(),
                e.samplesF1(), e.hammingLoss(), e.subsetAccuracy(), e.labelCardinality().get("true"),
                e.labelCardinality().get("predicted"));
        rows(e.nTrain(), e.nTest(), e.trainSeconds());
        for (Map.Entry<String, LabelMetrics> c : e.perLabel().entrySet()) {
            LabelMetrics m = c.getValue();
            out.printf(Locale.ROOT, "  %-16s precision %.3f  recall %.3f  f1 %.3f  support %d  threshold %.2f%n",
                    c.getKey(), m.precision(), m.recall(), m.f1(), m.support(), m.threshold());
        }
        skipped(e.skipped());
    }

    private static String describe(io.sentio.core.decision.DecisionRule rule) {
        if (rule instanceof io.sentio.core.decision.DecisionRule.WeightedProbability w) {
            return "highest weight x probability, weights " + new java.util.TreeMap<>(w.weights()).entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s=%.3f", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(" "));
        }
        if (rule instanceof io.sentio.core.decision.DecisionRule.LabelThresholds t) {
            return String.format(Locale.ROOT, "every label at or above its threshold (%d per-label, default %.2f), "
                    + "at least %d a text", t.thresholds().size(), t.defaultThreshold(), t.minLabels());
        }
        return rule instanceof io.sentio.core.decision.DecisionRule.HighestProbability
                ? "highest probability" : rule.toString();
    }

    void evaluation(Evaluation e) {
        out.printf(Locale.ROOT, "accuracy   %.4f%nmacro-F1   %.4f%n", e.accuracy(), e.macroF1());
        if (!e.calibration().bins().isEmpty()) {
            out.printf(Locale.ROOT, "ECE        %.4f (top label, %d bins)%n", e.ece(), e.calibration().bins().size());
        }
        rows(e.nTrain(), e.nTest(), e.trainSeconds());
        for (Map.Entry<String, ClassMetrics> c : e.perClass().entrySet()) {
            ClassMetrics m = c.getValue();
            out.printf(Locale.ROOT, "  %-16s precision %.3f  recall %.3f  f1 %.3f  support %d%n", c.getKey(),
                    m.precision(), m.recall(), m.f1(), m.support());
        }
        skipped(e.skipped());
    }

    /** After training: how many texts each side had and the time; after {@code evaluate}: how many were scored. */
    private void rows(long nTrain, long nTest, double trainSeconds) {
        if (nTrain > 0) {
            out.printf(Locale.ROOT, "rows       %d train, %d test; trained in %.1f s%n", nTrain, nTest, trainSeconds);
        } else {
            out.printf(Locale.ROOT, "rows       %d evaluated%n", nTest);
        }
    }

    private void skipped(Map<String, Long> skipped) {
        if (!skipped.isEmpty()) {
            out.println("skipped    " + skipped.entrySet().stream()
                    .map(s -> s.getKey() + "=" + s.getValue()).collect(Collectors.joining(", ")));
        }
    }

    /** The quality gate's decision and both scores, after {@code publish --gate} or {@code retrain}. */
    void gate(GatedPublisher.Outcome outcome, String alias) {
        GateDecision d = outcome.verdict().decision();
        out.printf(Locale.ROOT, "gate       %s on %s%n", d.metric(), d.heldOutData());
        out.printf(Locale.ROOT, "candidate  %.4f (version %d)%n", d.candidateScore(), outcome.version());
        out.println(d.liveScore().isPresent()
                ? String.format(Locale.ROOT, "live       %.4f (version %d)", d.liveScore().get(),
                        d.liveVersion().orElse(0))
                : "live       none: alias " + alias + " points nowhere yet");
        out.printf(Locale.ROOT, "tolerance  %.4f%n", d.tolerance());
        out.println("decision   " + (d.promoted()
                ? "promoted: alias " + alias + " -> version " + outcome.version()
                : "refused: alias " + alias + outcome.liveBefore().map(v -> " stays at version " + v)
                        .orElse(" not created") + "; version " + outcome.version() + " kept for inspection"));
    }

    /** The outcome of {@code retrain}, after its EMF line. */
    void retrained(RetrainRecord r) {
        out.println("status     " + r.status() + ": " + r.message());
        r.modelUri().ifPresent(uri -> out.println("model      " + uri));
        out.printf(Locale.ROOT, "%-10s candidate %s, live %s (tolerance %.4f)%n", r.metric(),
                r.candidateScore().map(ResultPrinter::score).orElse("-"),
                r.liveScore().map(ResultPrinter::score).orElse("none"), r.tolerance());
        String before = r.liveVersionBefore().map(v -> "version " + v).orElse("nowhere");
        out.println("alias      " + r.alias() + (r.liveVersionAfter().equals(r.liveVersionBefore())
                ? " unchanged at " + before
                : " -> version " + r.liveVersionAfter().orElse(0) + " (was " + before + ")"));
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** {@code Drama  (…)}; a multi-label model's set prints as {@code [Action, Adventure]  (…)}. */
    void prediction(Prediction p, boolean multiLabel) {
        out.printf(Locale.ROOT, "%s  (%s)%n", multiLabel ? "[" + String.join(", ", p.labels()) + "]" : p.label(), p.probabilities().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")));
    }
}
