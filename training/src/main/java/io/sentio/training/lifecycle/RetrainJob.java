package io.sentio.training.lifecycle;

import io.sentio.contract.TrainingMetric;
import io.sentio.core.decision.Task;
import io.sentio.core.model.Manifest;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.store.AliasRecord;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ModelStores;
import io.sentio.training.data.DataSources;
import io.sentio.training.eval.Evaluator;
import io.sentio.training.eval.Scores;
import io.sentio.training.job.MultiLabelTrainingResult;
import io.sentio.training.job.TrainingJob;
import io.sentio.training.job.TrainingOptions;
import io.sentio.training.job.TrainingResult;
import io.sentio.training.prepare.Review;
import io.sentio.training.progress.Progress;
import io.sentio.training.telemetry.JobMetrics;
import io.sentio.training.telemetry.JobLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * The retraining loop's one step: train on the data → score candidate and live model on the new
 * run's test split → store the candidate (decision in its manifest) → move the alias if it passed.
 * Whatever happens, a {@link RetrainRecord} is written to the store (when it can be reached), an
 * EMF line reports the run, and a failure leaves the alias where it was.
 */
public final class RetrainJob {
    private final ModelStores stores;
    private final DataSources sources;
    private final ForkJoinPool pool;
    private final Progress progress;
    private final JobLog log;
    private final JobMetrics metrics;
    private final Clock clock;
    private final String actor;

    public RetrainJob(ModelStores stores, DataSources sources, ForkJoinPool pool, Progress progress, JobLog log,
            JobMetrics metrics, Clock clock, String actor) {
        this.stores = stores;
        this.sources = sources;
        this.pool = pool;
        this.progress = progress;
        this.log = log;
        this.metrics = metrics;
        this.clock = clock;
        this.actor = actor;
    }

    /** @return the record of a promoted or refused candidate; a failure is thrown after it is recorded */
    public RetrainRecord run(RetrainRequest request) {
        Instant started = clock.instant();
        log.info("retrain started", JobLog.fields("data", request.data(), "store", request.store(), "alias",
                request.alias(), "metric", request.policy().metricDescription(), "tolerance",
                request.policy().tolerance()));
        ModelStore store = null;
        Optional<Integer> liveAtStart = Optional.empty();
        Optional<Integer> stored = Optional.empty();
        Path workDir = null;
        try {
            ModelStore target = stores.open(request.store());
            store = target;
            Optional<AliasRecord> alias = target.alias(request.alias());
            liveAtStart = alias.map(AliasRecord::version);
            workDir = request.out().isPresent() ? request.out().get() : Files.createTempDirectory("sentio-retrain-");
            TrainingOptions options = request.plan().options(request.data(), modelName(request, target, alias),
                    workDir);
            requireLiveTask(target, request.alias(), alias, options);
            Candidate trained = train(options);
            String heldOut = "test split of " + request.data() + " (" + trained.heldOut().size() + " "
                    + trained.bundle().manifest().granularity() + "s)";
            GatedPublisher.Outcome outcome;
            try {
                outcome = new GatedPublisher(new QualityGate(request.policy(), new Evaluator(pool), clock), actor)
                        .publish(store, request.alias(), trained.bundle(), trained.heldOut(), heldOut);
            } catch (GatedPublisher.PromotionFailed e) {
                stored = Optional.of(e.version());
                throw e;
            }
            RetrainRecord record = finished(request, outcome, started);
            saveOrWarn(target, record);
            report(record, outcome.verdict().candidate(), trained);
            return record;
        } catch (IOException e) {
            throw failed(request, store, liveAtStart, stored, started,
                    new UncheckedIOException("cannot create a working directory: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            throw failed(request, store, liveAtStart, stored, started, e);
        } finally {
            if (request.out().isEmpty() && workDir != null) {
                deleteQuietly(workDir);
            }
        }
    }

    /** What a run trained, whatever its task: the bundle and its held-out texts. */
    private record Candidate(ModelBundle bundle, List<Review> heldOut) {
    }

    /** A label-set model for label sets ({@code --multi-label}), else a one-label classifier. */
    private Candidate train(TrainingOptions options) {
        TrainingJob job = new TrainingJob(sources, pool, progress, clock);
        if (options.multiLabel()) {
            MultiLabelTrainingResult sets = job.runMultiLabel(options);
            return new Candidate(sets.bundle(), sets.heldOut());
        }
        TrainingResult single = job.run(options);
        return new Candidate(single.bundle(), single.heldOut());
    }

    /**
     * The gate compares models of one task only: a run whose task is not the live model's is refused
     * before it trains, rather than after, with what to change.
     */
    private static void requireLiveTask(ModelStore store, String aliasName, Optional<AliasRecord> alias,
            TrainingOptions options) {
        Task wanted = options.multiLabel() ? Task.MULTI_LABEL : Task.SINGLE_LABEL;
        Optional<Task> live = alias.flatMap(a -> store.manifest(a.version())).map(m -> m.decision().task());
        if (live.isPresent() && live.get() != wanted) {
            throw new QualityGate.TaskMismatch("the live model (" + aliasName + " → version "
                    + alias.get().version() + ") is " + live.get().wireName() + " and this run would train a "
                    + wanted.wireName() + " model; the gate compares models of one task only: "
                    + (live.get() == Task.MULTI_LABEL ? "retrain with --multi-label (and the label options of "
                            + "the live model's training)" : "retrain without --multi-label")
                    + ", or use another store or alias");
        }
    }

    /** As asked; else the name of the model the alias points at, so retraining keeps it; else from the data. */
    private static String modelName(RetrainRequest request, ModelStore store, Optional<AliasRecord> alias) {
        return request.name()
                .or(() -> alias.flatMap(a -> store.manifest(a.version())).map(Manifest::name))
                .orElse(request.defaultName());
    }

    private RetrainRecord finished(RetrainRequest request, GatedPublisher.Outcome outcome,
            Instant started) {
        var d = outcome.verdict().decision();
        String status = outcome.promoted() ? RetrainRecord.PROMOTED : RetrainRecord.REFUSED;
        String message = "version " + outcome.version() + (outcome.promoted()
                ? " promoted to " + request.alias() + ": " + QualityGate.describe(d)
                : " refused by the quality gate: " + QualityGate.describe(d) + "; " + request.alias()
                        + outcome.liveBefore().map(v -> " stays at version " + v).orElse(" not created"));
        return new RetrainRecord(status, storeUri(request), request.alias(), Optional.of(outcome.version()),
                outcome.liveBefore(), outcome.liveAfter(), d.metric(), Optional.of(d.candidateScore()), d.liveScore(),
                d.tolerance(), Optional.of(storeUri(request) + "@" + outcome.version()), request.data(), started,
                clock.instant(), message);
    }

    private RuntimeException failed(RetrainRequest request, ModelStore store, Optional<Integer> liveAtStart,
            Optional<Integer> stored, Instant started, RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String storeUri = storeUri(request);
        RetrainRecord record = new RetrainRecord(RetrainRecord.FAILED, storeUri, request.alias(), stored,
                liveAtStart, liveAtStart, request.policy().metric().id(), Optional.empty(), Optional.empty(),
                request.policy().tolerance(), stored.map(v -> storeUri + "@" + v), request.data(), started,
                clock.instant(), message);
        log.error("retrain failed", JobLog.fields("error", message, "error_type", e.getClass().getName(),
                "alias", request.alias(), "live_version", liveAtStart, "candidate_version", stored));
        if (store != null) {
            saveOrWarn(store, record);
        }
        metrics.record()
                .put(TrainingMetric.RETRAIN_PROMOTED, 0)
                .put(TrainingMetric.RETRAIN_SECONDS, seconds(started, record.finishedAt()))
                .property("status", record.status())
                .flush();
        return e;
    }

    /** The record is a report: failing to write it does not undo or fail what the run did. */
    private void saveOrWarn(ModelStore store, RetrainRecord record) {
        try {
            byte[] json = record.toJson();
            store.putRecord(record.key(), json);
            store.putRecord(RetrainRecord.LATEST_KEY, json);
        } catch (RuntimeException e) {
            log.warn("retrain record not written", JobLog.fields("store", record.store(), "error", e.getMessage()));
        }
    }

    /**
     * @param candidate the gate's evaluation of the candidate; for label sets, accuracy is the subset
     *                  accuracy (every label of a text right), as the gate reads it
     */
    private void report(RetrainRecord record, Scores candidate, Candidate trained) {
        double accuracy = GateMetric.ACCURACY.score(candidate);
        double macroF1 = GateMetric.MACRO_F1.score(candidate);
        Map<String, Long> rows = trained.bundle().manifest().data().rows();
        metrics.record()
                .put(TrainingMetric.RETRAIN_ACCURACY, accuracy)
                .put(TrainingMetric.RETRAIN_MACRO_F1, macroF1)
                .put(TrainingMetric.RETRAIN_ROWS, rows.getOrDefault("read", 0L))
                .put(TrainingMetric.RETRAIN_SECONDS, seconds(record.startedAt(), record.finishedAt()))
                .put(TrainingMetric.RETRAIN_PROMOTED, RetrainRecord.PROMOTED.equals(record.status()) ? 1 : 0)
                .property("status", record.status())
                .property("model_uri", record.modelUri().orElse(""))
                .flush();
        log.info("retrain " + record.status() + ": " + record.message(), JobLog.fields(
                "status", record.status(), "candidate_version", record.candidateVersion(),
                "live_version_before", record.liveVersionBefore(), "live_version_after", record.liveVersionAfter(),
                "metric", record.metric(), "candidate_score", record.candidateScore(), "live_score", record.liveScore(),
                "tolerance", record.tolerance(), "accuracy", accuracy, "macro_f1", macroF1,
                "train_texts", rows.getOrDefault("train", 0L), "test_texts", rows.getOrDefault("test", 0L),
                "model_uri", record.modelUri()));
    }

    /** The store as the caller named it, so {@code model_uri} works wherever that name does. */
    private static String storeUri(RetrainRequest request) {
        return request.store().replaceAll("/+$", "");
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn("working directory not removed", JobLog.fields("dir", dir.toString(), "error", e.getMessage()));
        }
    }
}
