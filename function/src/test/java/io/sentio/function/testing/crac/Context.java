package io.sentio.function.testing.crac;

import java.util.ArrayList;
import java.util.List;

/** Mirrors {@code jdk.crac.Context}: resources notified in registration order, restored in reverse. */
public abstract class Context<R extends Resource> implements Resource {
    public abstract void register(R resource);

    static final class Global extends Context<Resource> {
        private final List<Resource> resources = new ArrayList<>();

        @Override
        public synchronized void register(Resource resource) {
            resources.add(resource);
        }

        @Override
        public synchronized void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
            for (int i = resources.size() - 1; i >= 0; i--) {
                try {
                    resources.get(i).beforeCheckpoint(this);
                } catch (Exception e) {
                    CheckpointException failure = new CheckpointException();
                    failure.addSuppressed(e);
                    throw failure;
                }
            }
        }

        @Override
        public synchronized void afterRestore(Context<? extends Resource> context) throws RestoreException {
            for (Resource resource : resources) {
                try {
                    resource.afterRestore(this);
                } catch (Exception e) {
                    RestoreException failure = new RestoreException();
                    failure.addSuppressed(e);
                    throw failure;
                }
            }
        }
    }
}
