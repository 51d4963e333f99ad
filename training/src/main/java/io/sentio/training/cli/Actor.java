package io.sentio.training.cli;

/** Who is acting, for the alias history: the OS user, or the Batch job when run there. */
final class Actor {
    private Actor() {
    }

    static String current() {
        String job = System.getenv("AWS_BATCH_JOB_ID");
        if (job != null && !job.isBlank()) {
            return "batch:" + job;
        }
        return System.getProperty("user.name", "unknown");
    }
}
