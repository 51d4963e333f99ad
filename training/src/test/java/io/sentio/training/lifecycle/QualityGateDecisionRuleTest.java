package io.sentio.training.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.decision.Decision;
import io.sentio.core.decision.DecisionRule;
import io.sentio.core.model.Classifier;
import io.sentio.core.model.Prediction;
import io.sentio.training.data.DataSources;
import io.sentio.training.data.InputOpener;
import io.sentio.training.eval.ConfusionCounts;
import io.sentio.training.eval.Evaluation;
import io.sentio.training.eval.Evaluator;
import io.sentio.training.job.TrainingJob;
import io.sentio.training.job.TrainingOptions;
import io.sentio.training.job.TrainingResult;
import io.sentio.training.prepare.Review;
import io.sentio.training.progress.Progress;
import io.sentio.training.train.Hyperparameters;
import io.sentio.training.train.ModelKind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate scores each bundle by the answers its own decision rule gives, as serving would. */
class QualityGateDecisionRuleTest {
    private static final ForkJoinPool POOL = new ForkJoinPool(2);

    @TempDir
    Path work;

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Test
    void judgesEachModelByItsOwnDecisionRule() throws URISyntaxException {
        String fixture = Path.of(getClass().getResource("/fixtures/clothing-1200.csv.gz").toURI()).toString();
        TrainingOptions options = new TrainingOptions(fixture, io.sentio.training.data.LoadOptions.defaults(),
                Optional.empty(), io.sentio.training.prepare.Granularity.REVIEW, 0, 0.2, 42,
                io.sentio.core.features.FeatureConfig.defaults(), ModelKind.LOGISTIC,
                Hyperparameters.defaults().with(2, 0.5, 0.0), Optional.empty(), "gate-rule", work.resolve("model"));
        TrainingResult trained = new TrainingJob(new DataSources(InputOpener.fromEnvironment()), POOL,
                Progress.silent(), Clock.systemUTC()).run(options);
        assertThat(trained.bundle().manifest().decision().rule()).isInstanceOf(DecisionRule.WeightedProbability.class);
        Classifier tuned = new Classifier(trained.bundle().open());
        Classifier highest = new Classifier(trained.bundle().withManifest(
                trained.bundle().manifest().withDecision(Decision.HIGHEST_PROBABILITY)).open());

        QualityGate.Verdict verdict = new QualityGate(GatePolicy.defaults(), new Evaluator(POOL), Clock.systemUTC())
                .judge(tuned, Optional.of(new QualityGate.LiveModel(1, highest)), trained.heldOut(), "test split");

        assertThat(verdict.decision().candidateScore()).isEqualTo(trained.evaluation().macroF1());
        ConfusionCounts mostProbable = new ConfusionCounts(trained.bundle().manifest().labels());
        for (Review r : trained.heldOut()) {
            Prediction p = tuned.predictClean(r.text());
            mostProbable.add(r.label(), p.probabilities().keySet().iterator().next());
        }
        assertThat(verdict.decision().liveScore()).contains(mostProbable.evaluation(0, 0, Map.of()).macroF1());
        // The two rules answer differently here, so the equalities above tell them apart.
        assertThat(((Evaluation) verdict.candidate()).confusionMatrix())
                .isNotEqualTo(((Evaluation) verdict.live().orElseThrow()).confusionMatrix());
    }
}
