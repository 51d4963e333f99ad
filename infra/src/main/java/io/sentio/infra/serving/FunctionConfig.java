package io.sentio.infra.serving;

import io.sentio.infra.config.ContextValues;
import io.sentio.infra.config.LogRetention;
import java.util.Optional;
import java.util.Set;

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
        Optional<String> modelRevision) {

    public static final String ARM_64 = "arm64";
    public static final String X86_64 = "x86_64";
    public static final FunctionConfig DEFAULTS =
            new FunctionConfig("reviews", "live", 1024, 10, ARM_64, "INFO", 0.0, 30, Optional.empty());

    public static FunctionConfig from(ContextValues context) {
        return new FunctionConfig(
                context.string("modelName", DEFAULTS.modelName()),
                context.string("modelAlias", DEFAULTS.modelAlias()),
                context.integer("memoryMb", DEFAULTS.memoryMb(), 128, 10240),
                context.integer("timeoutSeconds", DEFAULTS.timeoutSeconds(), 1, 900),
                context.oneOf("architecture", DEFAULTS.architecture(), Set.of(ARM_64, X86_64)),
                context.oneOf("logLevel", DEFAULTS.logLevel(), Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR")),
                context.decimal("reviewSampleRate", DEFAULTS.reviewSampleRate(), 0.0, 1.0),
                LogRetention.days(context, "logRetentionDays", DEFAULTS.logRetentionDays()),
                context.optionalString("modelRevision"));
    }
}
