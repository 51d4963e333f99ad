package io.sentio.function.testing.crac;

/** Mirrors {@code jdk.crac.Core}; "checkpoint and restore" = notify the resources both ways. */
public final class Core {
    private static final Context.Global GLOBAL = new Context.Global();

    private Core() {
    }

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    public static void checkpointRestore() throws CheckpointException, RestoreException {
        GLOBAL.beforeCheckpoint(null);
        GLOBAL.afterRestore(null);
    }
}
