package io.sentio.infra.serving;

import io.sentio.infra.config.ContextValues;
import io.sentio.infra.config.InvalidContextException;
import io.sentio.infra.config.LogRetention;
import io.sentio.infra.storage.BucketLayout;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prediction function settings.
 *
 * @param modelName context {@code modelName}, default {@code reviews}: the store under
 *     {@code s3://<bucket>/models/}
 * @param modelAlias context {@code modelAlias}, default {@code live}: the model alias the function
 *     loads at init ({@code MODEL_URI=s3://<bucket>/models/<modelName>@<modelAlias>})
 * @param memoryMb context {@code memoryMb}, default 1024; re-choose it from the function's benchmark
 * @param timeoutSeconds context {@code timeoutSeconds}, default 10
 * @param architecture context {@code architecture}, {@code arm64} (default, cheaper) or {@code x86_64}
 * @param logLevel context {@code logLevel}, default {@code INFO}: {@code POWERTOOLS_LOG_LEVEL}
 * @param reviewSampleRate context {@code reviewSampleRate}, default 0: {@code REVIEW_SAMPLE_RATE}
 * @param logRetentionDays context {@code logRetentionDays}, default 30: function and API access logs
 * @param modelRevision context {@code modelRevision}, none by default: any label (e.g. the store
 *     version the alias now points at). Changing it publishes a new function version, whose
 *     SnapStart snapshot loads the model afresh, and rolls it out through the canary.
 * @param modelUri context {@code modelUri}, none by default: an exact model to load instead of
 *     {@code <modelAlias>}, e.g. {@code s3://<bucket>/models/reviews@7} — what the lifecycle state
 *     machine pins after a rollout (its {@code modelUri} output), so that a later deployment keeps
 *     serving the same model version. Must name a version or alias in the store {@code models/<modelName>}.
 * @param explanations context {@code explanations}, default true: false sets {@code EXPLAIN_ENABLED=false},
 *     so {@code "explain": true} is refused (403): term weights make a model easier to copy
 */
public record FunctionConfig(
        String modelName,
        String modelAlias,
        int memoryMb,
        int timeoutSeconds,
        String architecture,
        String logLevel,
        double reviewSampleRate,
        int logRetentionDays,
        Optional<String> modelRevision,
        Optional<String> modelUri,
        boolean explanations) {

    public static final String ARM_64 = "arm64";
    public static final String X86_64 = "x86_64";
    public static final FunctionConfig DEFAULTS =
            new FunctionConfig("reviews", "live", 1024, 10, ARM_64, "INFO", 0.0, 30, Optional.empty(), Optional.empty(),
                    true);

    public static FunctionConfig from(ContextValues context) {
        String modelName = context.string("modelName", DEFAULTS.modelName());
        return new FunctionConfig(
                modelName,
                context.string("modelAlias", DEFAULTS.modelAlias()),
                context.integer("memoryMb", DEFAULTS.memoryMb(), 128, 10240),
                context.integer("timeoutSeconds", DEFAULTS.timeoutSeconds(), 1, 900),
                context.oneOf("architecture", DEFAULTS.architecture(), Set.of(ARM_64, X86_64)),
                context.oneOf("logLevel", DEFAULTS.logLevel(), Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR")),
                context.decimal("reviewSampleRate", DEFAULTS.reviewSampleRate(), 0.0, 1.0),
                LogRetention.days(context, "logRetentionDays", DEFAULTS.logRetentionDays()),
                context.optionalString("modelRevision"),
                pinnedModelUri(context, modelName),
                context.flag("explanations", DEFAULTS.explanations()));
    }

    /** {@code MODEL_URI}: the pinned {@code modelUri} if given, else {@code s3://<bucket>/models/<modelName>@<modelAlias>}. */
    public String modelUri(String bucketName) {
        return modelUri.orElseGet(() -> BucketLayout.modelUri(bucketName, modelName, modelAlias));
    }

    private static Optional<String> pinnedModelUri(ContextValues context, String modelName) {
        Optional<String> uri = context.optionalString("modelUri");
        Pattern inStore = Pattern.compile("s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/"
                + Pattern.quote(BucketLayout.MODELS_PREFIX + modelName) + "@[A-Za-z0-9._-]+");
        if (uri.isPresent() && !inStore.matcher(uri.get()).matches()) {
            throw new InvalidContextException("modelUri", uri.get(), "a version or alias in the model store, "
                    + "s3://<model bucket>/" + BucketLayout.MODELS_PREFIX + modelName + "@<version or alias>");
        }
        return uri;
    }
}
