package io.sentio.function.observability;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the next request is the first this execution environment serves. Armed at init and
 * again after a SnapStart restore (a restored snapshot is a new environment), so a flag consumed
 * by priming before the snapshot never reaches production frozen to "false".
 */
public final class ColdStart {
    private final AtomicBoolean pending = new AtomicBoolean(true);

    /** True exactly once per arming: for the first request after init or restore. */
    public boolean take() {
        return pending.get() && pending.getAndSet(false);
    }

    /** Arms the flag again (after restore). */
    public void rearm() {
        pending.set(true);
    }
}
