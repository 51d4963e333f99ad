package io.sentio.training.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.decision.Decision;
import io.sentio.core.decision.DecisionRule;
import io.sentio.core.decision.Task;
import io.sentio.core.features.FeatureConfig;
import io.sentio.core.features.NbWeighting;
import io.sentio.core.features.TermWeighting;
import io.sentio.core.model.BundleDirectory;
import io.sentio.training.eval.Evaluation;
import io.sentio.training.eval.Evaluator;
import io.sentio.training.train.DecisionMetric;
import io.sentio.training.train.DecisionTuning;
import io.sentio.core.model.Classifier;
import io.sentio.training.data.DataSources;
import io.sentio.training.data.InputOpener;
import io.sentio.training.data.LoadOptions;
import io.sentio.training.prepare.Granularity;
import io.sentio.training.progress.Progress;
import io.sentio.training.train.Hyperparameters;
import io.sentio.training.train.ModelKind;
import io.sentio.training.train.TuningGrid;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrainingJobTest {
    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path work;

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    static String fixture() {
        try {
            return Path.of(TrainingJobTest.class.getResource("/fixtures/clothing-1200.csv.gz").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private TrainingOptions options(ModelKind kind, Granularity granularity, Optional<TuningGrid> tune) {
        return new TrainingOptions(fixture(), LoadOptions.defaults(), Optional.empty(), granularity, 0, 0.2, 42,
                FeatureConfig.defaults(), kind, Hyperparameters.defaults().with(2, 0.5, 0.0), tune, "job-test",
                work.resolve(kind.id() + "-" + granularity));
    }

    private TrainingResult run(TrainingOptions options) {
        return new TrainingJob(new DataSources(InputOpener.fromEnvironment()), POOL, Progress.silent(), CLOCK)
                .run(options);
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everyModelKindTrainsAndServesProbabilities(ModelKind kind) {
        TrainingResult result = run(options(kind, Granularity.REVIEW, Optional.empty()));

        assertThat(result.evaluation().accuracy()).isGreaterThan(0.5);
        assertThat(result.bundle().manifest().trainer().type()).isEqualTo(kind.id());
        var prediction = new Classifier(result.bundle().open()).predict("Beautiful dress, fits perfectly, love it!");
        assertThat(prediction.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(result.bundle().manifest().createdAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void sentenceGranularityTrainsOnMoreUnitsThanReviews() {
        TrainingResult result = run(options(ModelKind.LOGISTIC, Granularity.SENTENCE, Optional.empty()));

        var rows = result.bundle().manifest().data().rows();
        assertThat(rows.get("train")).isGreaterThan(rows.get("train_reviews") * 2);
        assertThat(result.bundle().manifest().granularity()).isEqualTo("sentence");
    }

    @Test
    void tuningPicksACandidateFromTheGrid() {
        TuningGrid grid = new TuningGrid(List.of(1, 3), List.of(0.1, 0.5), List.of(0.0));

        TrainingResult result = run(options(ModelKind.LOGISTIC, Granularity.REVIEW, Optional.of(grid)));

        var hyper = result.bundle().manifest().trainer().hyperparameters();
        assertThat(hyper.get("tuned")).isEqualTo(true);
        assertThat((Integer) hyper.get("epochs")).isIn(1, 3);
        assertThat((Double) hyper.get("learning_rate")).isIn(0.1, 0.5);
    }

    @Test
    void imbalancedLabelsGetADecisionRuleTunedOnValidationAndStoredInTheBundle() {
        TrainingResult result = run(options(ModelKind.LOGISTIC, Granularity.REVIEW, Optional.empty()));

        Decision decision = result.bundle().manifest().decision();
        assertThat(decision.task()).isEqualTo(Task.SINGLE_LABEL);
        assertThat(decision.rule()).isInstanceOf(DecisionRule.WeightedProbability.class);
        assertThat(((DecisionRule.WeightedProbability) decision.rule()).weights().keySet())
                .containsExactlyInAnyOrderElementsOf(result.bundle().manifest().labels());
        // The written bundle, read back as serving reads it, answers as the evaluation counted.
        Classifier served = new Classifier(BundleDirectory.read(result.out()).open());
        Evaluation again = new Evaluator(POOL).evaluate(served, result.heldOut(), 0, 0, java.util.Map.of());
        assertThat(again.accuracy()).isEqualTo(result.evaluation().accuracy());
        assertThat(again.macroF1()).isEqualTo(result.evaluation().macroF1());
        assertThat(result.evaluation().calibration().bins()).hasSize(15);
        assertThat(result.evaluation().ece()).isBetween(0.0, 1.0);
        assertThat(result.bundle().manifest().metrics()).containsKey("ece");
    }

    @Test
    void automaticFeatureSettingsAreResolvedBeforeTheyReachTheManifest() {
        TrainingOptions base = options(ModelKind.LOGISTIC, Granularity.REVIEW, Optional.empty());
        FeatureConfig auto = new FeatureConfig(true, FeatureConfig.AUTO, FeatureConfig.AUTO, 0, TermWeighting.AUTO,
                true, true, NbWeighting.AUTO, FeatureConfig.AUTO_MAX_TERMS,
                io.sentio.core.features.NegationMarking.AUTO);

        TrainingResult result = run(base.withFeatures(auto));

        FeatureConfig stored = result.bundle().manifest().features();
        assertThat(stored.adaptive()).isFalse();
        assertThat(stored.ngramMax()).isEqualTo(2); // short reviews
        assertThat(stored.minCount()).isEqualTo(2);
        assertThat(stored.nbWeighting()).isEqualTo(NbWeighting.OFF); // three labels
        assertThat(stored.weighting()).isEqualTo(TermWeighting.SUBLINEAR_TF);
        assertThat(stored.maxTerms()).isEqualTo(FeatureConfig.TERM_BUDGET_BYTES / (7 + 22 * 3));
        assertThat(stored.negation()).isEqualTo(io.sentio.core.features.NegationMarking.ON); // a classifier
    }

    @Test
    void highestProbabilityDecisionSkipsTuning() {
        TrainingOptions base = options(ModelKind.LOGISTIC, Granularity.REVIEW, Optional.empty());
        TrainingOptions highest = new TrainingOptions(base.data(), base.load(), base.testData(), base.granularity(),
                0, 0.2, 42, base.features(), base.model(), base.hyperparameters(), Optional.empty(), "highest",
                work.resolve("highest"), new DecisionTuning(DecisionTuning.Mode.HIGHEST, DecisionMetric.MACRO_F1, 0.2));

        TrainingResult result = run(highest);

        assertThat(result.bundle().manifest().decision().task()).isEqualTo(Decision.HIGHEST_PROBABILITY.task());
        assertThat(result.bundle().manifest().decision().rule()).isEqualTo(Decision.HIGHEST_PROBABILITY.rule());
    }

    @Test
    void explicitTestSetIsUsedAndItsTextsNeverTrain() throws Exception {
        TrainingOptions base = options(ModelKind.LOGISTIC, Granularity.REVIEW, Optional.empty());
        TrainingOptions explicit = new TrainingOptions(base.data(), base.load(), Optional.of(fixture()),
                base.granularity(), 0, 0.2, 42, base.features(), base.model(), base.hyperparameters(),
                Optional.empty(), "explicit", work.resolve("explicit"));

        // Training and test data are the same file: every training text is a test text, so none may
        // train, and the run refuses to train on nothing.
        assertThatThrownBy(() -> run(explicit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not enough usable rows");
        assertThat(Files.exists(work.resolve("explicit"))).isFalse();
    }

    @Test
    void aSingleLabelIsRefusedWithAClearMessage() throws Exception {
        Path csv = work.resolve("one-label.csv");
        StringBuilder rows = new StringBuilder("text,label\n");
        for (int i = 0; i < 20; i++) {
            rows.append("review number ").append(i).append(",good\n");
        }
        Files.writeString(csv, rows);
        TrainingOptions base = options(ModelKind.LOGISTIC, Granularity.REVIEW, Optional.empty());
        TrainingOptions oneLabel = new TrainingOptions(csv.toString(),
                LoadOptions.defaults().withTextColumns(List.of("text")).withLabelColumn("label"), Optional.empty(),
                base.granularity(), 0, 0.2, 42, base.features(), base.model(), base.hyperparameters(),
                Optional.empty(), "one", work.resolve("one"));

        assertThatThrownBy(() -> run(oneLabel)).hasMessageContaining("single label");
    }
}
