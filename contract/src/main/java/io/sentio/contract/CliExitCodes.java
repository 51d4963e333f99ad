package io.sentio.contract;

/** How the training CLI ({@code sentio}, the training image's entrypoint) exits. */
public final class CliExitCodes {
    /** Did what was asked (for a gated publish or retrain: the candidate was promoted). */
    public static final int OK = 0;
    /** Failed on bad input or a bad environment; no alias was moved. */
    public static final int FAILED = 1;
    /** The command line could not be parsed (unknown option, missing value). */
    public static final int USAGE = 2;
    /** {@code publish --gate} and {@code retrain}: the gate refused the candidate; stored, alias unchanged. */
    public static final int GATE_REFUSED = 3;
    /** {@code models rollback --expect-version N}: the alias no longer names N (moved since); nothing moved. */
    public static final int ALIAS_MOVED = 4;
    /** {@code publish --gate} and {@code retrain}: the candidate's task (single/multi-label) differs from the live model's. */
    public static final int TASK_MISMATCH = 5;
    /** {@code drift}: the data drifted from the model's baseline. */
    public static final int DRIFT = 6;

    private CliExitCodes() {
    }
}
