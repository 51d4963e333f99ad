package io.sentio.function.observability;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import io.sentio.core.model.Manifest;
import io.sentio.core.model.Prediction;
import io.sentio.core.model.TextPrediction;
import io.sentio.function.api.ApiOutcome;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured JSON log line per request (Powertools' log4j2 layout adds service, cold start,
 * Lambda context and X-Ray fields). Logs lengths, labels and confidences, never the text itself;
 * only the opt-in {@link ReviewSampler} writes texts.
 */
public final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("io.sentio.function.request");
    private static final int MAX_PATH_LOGGED = 100;
    private static final int COMMON_FIELDS = 7;

    /** The same for every line: built once (Powertools' key-value arguments are immutable). */
    private final Object modelNameField;
    private final Object modelVersionField;

    public RequestLog(Manifest manifest) {
        this.modelNameField = entry("modelName", manifest.name());
        this.modelVersionField = entry("modelVersion", manifest.version());
    }

    public void log(RequestRecord request) {
        ApiOutcome outcome = request.outcome();
        if (outcome.failure() != null) {
            LOG.error("request failed", fields(request, entry("errorCode", outcome.error().code()),
                    outcome.failure()));
        } else if (outcome.error() != null) {
            LOG.info("request refused", fields(request, entry("errorCode", outcome.error().code())));
        } else if (!outcome.predictions().isEmpty()) {
            LOG.info("prediction", fields(request, predictionFields(outcome)));
        } else {
            LOG.info("request", fields(request));
        }
    }

    /** The fields every line has, then {@code more}, in one array. */
    private Object[] fields(RequestRecord request, Object... more) {
        Object[] all = new Object[COMMON_FIELDS + more.length];
        all[0] = entry("requestId", request.requestId());
        all[1] = entry("method", request.method());
        all[2] = entry("path", truncate(request.path()));
        all[3] = entry("status", request.outcome().status());
        all[4] = entry("latencyMs", Math.round(request.latencyMs() * 1000) / 1000.0);
        all[5] = modelNameField;
        all[6] = modelVersionField;
        System.arraycopy(more, 0, all, COMMON_FIELDS, more.length);
        return all;
    }

    private static Object[] predictionFields(ApiOutcome outcome) {
        List<TextPrediction> predictions = outcome.predictions();
        List<String> texts = outcome.texts();
        if (predictions.size() == 1) {
            Prediction overall = predictions.get(0).overall();
            return new Object[] {
                entry("label", overall.label()),
                entry("confidence", round(overall.confidence())),
                entry("textLength", texts.get(0).length()),
                entry("sentences", predictions.get(0).sentences().size()),
            };
        }
        Map<String, Integer> labels = new TreeMap<>();
        double minConfidence = 1.0;
        int totalLength = 0;
        for (int i = 0; i < predictions.size(); i++) {
            Prediction overall = predictions.get(i).overall();
            labels.merge(overall.label(), 1, Integer::sum);
            minConfidence = Math.min(minConfidence, overall.confidence());
            totalLength += texts.get(i).length();
        }
        return new Object[] {
            entry("batchSize", predictions.size()),
            entry("labels", labels),
            entry("minConfidence", round(minConfidence)),
            entry("textLength", totalLength),
        };
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static String truncate(String path) {
        return path == null || path.length() <= MAX_PATH_LOGGED ? path : path.substring(0, MAX_PATH_LOGGED) + "...";
    }
}
