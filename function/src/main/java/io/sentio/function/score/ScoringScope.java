package io.sentio.function.score;

import io.sentio.contract.FunctionEnvironment;
import io.sentio.core.store.S3Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the deployed scoring function may read backlogs and write results (its IAM role allows no
 * more), from {@code SCORING_INPUT_URI} and {@code SCORING_OUTPUT_URI}. An execution naming other
 * places is refused by the plan step with a message saying where they must lie, instead of failing
 * item by item with "access denied". Without the variables (tests, local runs) anything goes.
 */
record ScoringScope(Optional<S3Location> inputRoot, Optional<S3Location> outputRoot) {

    static final String INPUT_VARIABLE = FunctionEnvironment.SCORING_INPUT_URI;
    static final String OUTPUT_VARIABLE = FunctionEnvironment.SCORING_OUTPUT_URI;
    static final ScoringScope ANYWHERE = new ScoringScope(Optional.empty(), Optional.empty());

    static ScoringScope fromEnvironment(Map<String, String> env) {
        return new ScoringScope(root(env, INPUT_VARIABLE), root(env, OUTPUT_VARIABLE));
    }

    /**
     * The map's reader settings for a checked plan: {@code shape} {@code prefix} (bucket, key prefix
     * to list) or {@code file} (bucket, key and format of the one file), and the URIs as given.
     */
    Map<String, Object> plan(ScoreRequest.Plan plan) {
        check("input", plan.input(), inputRoot);
        check("output", plan.output(), outputRoot);
        if (plan.input().bucket().equals(plan.output().bucket())
                && (within(plan.output(), plan.input()) || within(plan.input(), plan.output()))) {
            throw new IllegalArgumentException("the output " + uri(plan.output()) + " and the input "
                    + uri(plan.input()) + " must not contain one another");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        if (plan.file().isPresent()) {
            result.put("shape", "file");
            result.put("bucket", plan.input().bucket());
            result.put("key", plan.input().key());
            result.put("format", plan.file().get().optionName());
            result.put("input", "s3://" + plan.input().bucket() + "/" + plan.input().key());
            result.put("output", uri(plan.output()));
            result.put("overwrite", plan.overwrite());
            return result;
        }
        result.put("shape", "prefix");
        result.put("bucket", plan.input().bucket());
        result.put("inputPrefix", plan.input().key().isEmpty() ? "" : plan.input().key() + "/");
        result.put("input", uri(plan.input()));
        result.put("output", uri(plan.output()));
        result.put("overwrite", plan.overwrite());
        return result;
    }

    private static void check(String what, S3Location location, Optional<S3Location> root) {
        if (root.isPresent() && !(location.bucket().equals(root.get().bucket()) && within(location, root.get()))) {
            throw new IllegalArgumentException("the " + what + " " + uri(location) + " must lie under "
                    + uri(root.get()) + " (the prefix this deployment may use)");
        }
    }

    private static boolean within(S3Location inner, S3Location outer) {
        return outer.key().isEmpty() || inner.key().equals(outer.key()) || inner.key().startsWith(outer.key() + "/");
    }

    private static String uri(S3Location location) {
        return "s3://" + location.bucket() + "/" + (location.key().isEmpty() ? "" : location.key() + "/");
    }

    private static Optional<S3Location> root(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(S3Location.parse(value.strip()));
    }
}
