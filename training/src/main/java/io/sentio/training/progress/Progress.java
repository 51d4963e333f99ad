package io.sentio.training.progress;

/** Reports long work: a bar on a terminal, plain log lines otherwise, nothing when quiet. */
public interface Progress {

    Task start(String name, long total);

    /** One piece of work with a known size. */
    interface Task extends AutoCloseable {
        void advanceTo(long done);

        @Override
        void close();
    }

    /** Messages for the user, outside any progress bar. */
    void info(String message);

    /** Details shown only with --verbose. */
    void detail(String message);

    static Progress silent() {
        return new Progress() {
            @Override
            public Task start(String name, long total) {
                return new Task() {
                    @Override
                    public void advanceTo(long done) {
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public void info(String message) {
            }

            @Override
            public void detail(String message) {
            }
        };
    }
}
