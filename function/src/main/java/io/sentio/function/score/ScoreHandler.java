package io.sentio.function.score;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.sentio.core.model.Classifier;
import io.sentio.core.score.Backlog;
import io.sentio.core.score.BacklogSummary;
import io.sentio.core.score.PartNames;
import io.sentio.core.score.PartSummary;
import io.sentio.core.score.RecordRows;
import io.sentio.core.score.S3Prefix;
import io.sentio.core.score.ScoreOptions;
import io.sentio.core.store.S3Clients;
import io.sentio.function.ApiHandler;
import io.sentio.function.lifecycle.FunctionRuntime;
import io.sentio.function.lifecycle.LambdaInit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The backlog state machine's worker: scores the parts a Distributed Map batch names (one output
 * part per input part, as {@code sentio score} writes them), or a batch of one large file's rows
 * (one output part per batch, named after its first row), and, at the end, the summary. The model
 * is the one the API function serves, loaded and primed the same way ({@link LambdaInit}), so the
 * scoring function restores from a SnapStart snapshot too. A part that cannot be read fails the
 * invocation, i.e. its map item, and counts against the map's tolerated failures.
 */
public class ScoreHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(ScoreHandler.class);

    private final Classifier classifier;
    private final Supplier<S3Client> s3Supplier;
    private final Clock clock;
    private final ScoringScope scope;
    private S3Client s3;

    /** Used by the Lambda runtime. */
    public ScoreHandler() {
        this(LambdaInit.runtime(), S3Clients::fromEnvironment, Clock.systemUTC(),
                ScoringScope.fromEnvironment(System.getenv()));
        LambdaInit.enablePriming(new ApiHandler(LambdaInit.runtime()));
    }

    /** @param s3 called on the first request (never before a snapshot), so no connection is frozen into one */
    public ScoreHandler(FunctionRuntime runtime, Supplier<S3Client> s3, Clock clock) {
        this(runtime, s3, clock, ScoringScope.ANYWHERE);
    }

    ScoreHandler(FunctionRuntime runtime, Supplier<S3Client> s3, Clock clock, ScoringScope scope) {
        this.classifier = runtime.classifier();
        this.s3Supplier = s3;
        this.clock = clock;
        this.scope = scope;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        ScoreRequest request = ScoreRequest.parse(event);
        if (request instanceof ScoreRequest.Plan plan) {
            return scope.plan(plan);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            if (request instanceof ScoreRequest.Rows rows) {
                return score(rows, new Backlog(classifier, ScoreOptions.defaults().withOverwrite(rows.overwrite()),
                        pool, threads, clock, Backlog.Listener.NONE));
            }
            if (request instanceof ScoreRequest.Parts parts) {
                return score(parts, new Backlog(classifier, ScoreOptions.defaults().withOverwrite(parts.overwrite()),
                        pool, threads, clock, Backlog.Listener.NONE));
            }
            ScoreRequest.Summarise summarise = (ScoreRequest.Summarise) request;
            BacklogSummary summary = new Backlog(classifier, ScoreOptions.defaults(), pool, threads, clock,
                    Backlog.Listener.NONE).summarise(prefix(summarise.output().bucket(), summarise.output().key()));
            LOG.info("backlog summarised", entry("output", summary.output()), entry("parts", summary.parts()),
                    entry("rows", summary.rows()), entry("scored", summary.scored()), entry("errors", summary.errors()));
            return summaryResponse(summary);
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Object> score(ScoreRequest.Parts request, Backlog backlog) {
        S3Prefix in = prefix(request.input().bucket(), request.input().key());
        S3Prefix out = prefix(request.output().bucket(), request.output().key());
        String inputKeyPrefix = request.input().key().isEmpty() ? "" : request.input().key() + "/";
        List<PartSummary> scored = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String key : request.keys()) {
            if (!key.startsWith(inputKeyPrefix)) {
                throw new IllegalArgumentException("item " + key + " is not under the input prefix "
                        + in.uri(""));
            }
            String name = key.substring(inputKeyPrefix.length());
            if (!PartNames.isPart(name)) {
                ignored.add(name);
                continue;
            }
            Optional<PartSummary> part = backlog.scorePart(in, name, out, PartNames.output(name),
                    Optional.of(PartNames.partSummary(name)));
            part.ifPresentOrElse(scored::add, () -> skipped.add(name));
            part.ifPresent(p -> LOG.info("part scored", entry("input", p.input()), entry("output", p.output()),
                    entry("rows", p.rows()), entry("scored", p.scored()), entry("errors", p.errors()),
                    entry("seconds", Math.round(p.seconds() * 100) / 100.0)));
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("parts", scored.size());
        response.put("skipped", skipped.size());
        response.put("ignored", ignored);
        response.put("rows", scored.stream().mapToLong(PartSummary::rows).sum());
        response.put("scored", scored.stream().mapToLong(PartSummary::scored).sum());
        Map<String, Long> errors = new LinkedHashMap<>();
        scored.forEach(p -> p.errors().forEach((reason, n) -> errors.merge(reason, n, Long::sum)));
        response.put("errors", errors);
        return response;
    }

    /** One batch of a large file's rows into one output part named after its first row. */
    private Map<String, Object> score(ScoreRequest.Rows request, Backlog backlog) {
        S3Prefix out = prefix(request.output().bucket(), request.output().key());
        String file = "s3://" + request.file().bucket() + "/" + request.file().key();
        long first = request.firstRow();
        Optional<PartSummary> part = backlog.scoreRows(
                new RecordRows(request.records(), file, request.format(), ScoreOptions.defaults().columns()),
                file, out, PartNames.rowBatch(request.file().key(), first),
                PartNames.rowBatchSummary(request.file().key(), first));
        part.ifPresent(p -> LOG.info("rows scored", entry("input", p.input()), entry("output", p.output()),
                entry("firstRow", first), entry("rows", p.rows()), entry("scored", p.scored()),
                entry("errors", p.errors()), entry("seconds", Math.round(p.seconds() * 100) / 100.0)));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("parts", part.isPresent() ? 1 : 0);
        response.put("skipped", part.isPresent() ? 0 : 1);
        response.put("firstRow", first);
        response.put("rows", part.map(PartSummary::rows).orElse(0L));
        response.put("scored", part.map(PartSummary::scored).orElse(0L));
        response.put("errors", part.map(PartSummary::errors).orElse(Map.of()));
        return response;
    }

    private static Map<String, Object> summaryResponse(BacklogSummary summary) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("summary", summary.output() + PartNames.SUMMARY);
        response.put("parts", summary.parts());
        response.put("rows", summary.rows());
        response.put("scored", summary.scored());
        response.put("errors", summary.errors());
        response.put("model", Map.of("name", summary.model().name(), "version", summary.model().version(),
                "sha256", summary.model().sha256()));
        return response;
    }

    private synchronized S3Prefix prefix(String bucket, String key) {
        if (s3 == null) {
            s3 = s3Supplier.get();
        }
        return new S3Prefix(s3, bucket, key);
    }
}
