package io.sentio.training.cli;

import io.sentio.core.model.Manifest;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.model.Prediction;
import io.sentio.training.eval.ClassMetrics;
import io.sentio.training.eval.Evaluation;
import io.sentio.training.job.TrainingResult;
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
        Manifest m = result.bundle().manifest();
        out.printf(Locale.ROOT, "model      %s (%s, %s granularity, %s split)%n", m.name(), m.trainer().type(),
                m.granularity(), m.trainer().hyperparameters().get("split"));
        out.printf(Locale.ROOT, "data       %s [%s] sha256 %s%n", m.data().source(), m.data().format(),
                m.data().sha256().substring(0, 12));
        evaluation(result.evaluation());
        out.printf(Locale.ROOT, "model file %.2f MB (%s), vocabulary %d KB%n",
                result.bundle().files().get(ModelBundle.MODEL_FILE).length / 1e6, ModelBundle.MODEL_FILE,
                result.bundle().files().get(ModelBundle.VOCABULARY_FILE).length / 1024);
        out.println("written    " + result.out().toAbsolutePath().normalize()
                + " (bundle, evaluation.json, evaluation.html)");
    }

    void evaluation(Evaluation e) {
        out.printf(Locale.ROOT, "accuracy   %.4f%nmacro-F1   %.4f%n", e.accuracy(), e.macroF1());
        out.printf(Locale.ROOT, "rows       %d train, %d test; trained in %.1f s%n", e.nTrain(), e.nTest(),
                e.trainSeconds());
        for (Map.Entry<String, ClassMetrics> c : e.perClass().entrySet()) {
            ClassMetrics m = c.getValue();
            out.printf(Locale.ROOT, "  %-16s precision %.3f  recall %.3f  f1 %.3f  support %d%n", c.getKey(),
                    m.precision(), m.recall(), m.f1(), m.support());
        }
        if (!e.skipped().isEmpty()) {
            out.println("skipped    " + e.skipped().entrySet().stream()
                    .map(s -> s.getKey() + "=" + s.getValue()).collect(Collectors.joining(", ")));
        }
    }

    void prediction(Prediction p) {
        out.printf(Locale.ROOT, "%s  (%s)%n", p.label(), p.probabilities().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")));
    }
}
