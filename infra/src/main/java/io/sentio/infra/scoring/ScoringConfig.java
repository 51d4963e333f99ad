package io.sentio.infra.scoring;

import io.sentio.infra.config.ContextValues;
import io.sentio.infra.config.InvalidContextException;
import java.util.regex.Pattern;

/**
 * The backlog-scoring state machine's settings, from CDK context.
 *
 * @param inputPrefix            context {@code scoringInputPrefix}: backlogs are read from under this
 *                               prefix of the model bucket (and only there: the IAM policies say so)
 * @param outputPrefix           context {@code scoringOutputPrefix}: results are written under it
 * @param maxConcurrency         context {@code scoringMaxConcurrency}: scoring invocations at once
 * @param toleratedFailurePercent context {@code scoringToleratedFailurePercent}: share of parts that may
 *                               fail before the whole run fails (retries on throttling come first)
 * @param partsPerInvocation     context {@code scoringPartsPerInvocation}: parts handed to one invocation
 * @param rowsPerInvocation      context {@code scoringRowsPerInvocation}: rows of one large file handed to one
 *                               invocation (fewer when they would pass the 256 KiB a batch may carry)
 * @param memoryMb               context {@code scoringMemoryMb}: the scoring function's memory, which
 *                               buys its CPU (1,769 MB = 1 vCPU)
 */
public record ScoringConfig(String inputPrefix, String outputPrefix, int maxConcurrency, int toleratedFailurePercent,
        int partsPerInvocation, int rowsPerInvocation, int memoryMb) {

    public static final ScoringConfig DEFAULTS = new ScoringConfig("backlog/in/", "backlog/out/", 20, 5, 1, 1000, 3538);
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9!_.*'()-]+(/[A-Za-z0-9!_.*'()-]+)*/");

    public ScoringConfig {
        if (inputPrefix.startsWith(outputPrefix) || outputPrefix.startsWith(inputPrefix)) {
            throw new InvalidContextException("scoringOutputPrefix", outputPrefix,
                    "a prefix apart from scoringInputPrefix (" + inputPrefix + ")");
        }
    }

    public static ScoringConfig from(ContextValues context) {
        return new ScoringConfig(
                prefix(context, "scoringInputPrefix", DEFAULTS.inputPrefix()),
                prefix(context, "scoringOutputPrefix", DEFAULTS.outputPrefix()),
                context.integer("scoringMaxConcurrency", DEFAULTS.maxConcurrency(), 1, 1000),
                context.integer("scoringToleratedFailurePercent", DEFAULTS.toleratedFailurePercent(), 0, 100),
                context.integer("scoringPartsPerInvocation", DEFAULTS.partsPerInvocation(), 1, 100),
                context.integer("scoringRowsPerInvocation", DEFAULTS.rowsPerInvocation(), 1, 100_000),
                context.integer("scoringMemoryMb", DEFAULTS.memoryMb(), 512, 10240));
    }

    private static String prefix(ContextValues context, String key, String defaultValue) {
        String value = context.string(key, defaultValue);
        if (!PREFIX.matcher(value).matches() || value.startsWith("models/")) {
            throw new InvalidContextException(key, value, "a key prefix ending in '/', outside models/, e.g. "
                    + defaultValue);
        }
        return value;
    }
}
