package io.sentio.local.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code java -jar target/sentio-local.jar serve …} as a separate process, like a user runs it. */
final class ServerProcess implements AutoCloseable {
    final Process process;
    final int port;
    final long startedNanos;

    private ServerProcess(Process process, int port, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    static ServerProcess start(List<String> jvmOptions, String modelUri, Map<String, String> env, Path log,
            int threads) throws IOException {
        if (!Files.isRegularFile(BenchData.LOCAL_JAR)) {
            throw new IllegalStateException(BenchData.LOCAL_JAR.toAbsolutePath() + " is missing: run package first");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", BenchData.LOCAL_JAR.toString(), "serve", "--model", modelUri,
                "--port", Integer.toString(port), "--threads", Integer.toString(threads)));
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long started = System.nanoTime();
        return new ServerProcess(builder.start(), port, started);
    }

    /** Resident set size now and at its peak, from /proc (Linux), in KiB; -1 where unavailable. */
    long[] rssKib() {
        long rss = -1;
        long peak = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmHWM:")) {
                    peak = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return new long[] {rss, peak};
    }

    /**
     * CPU time the server process has used so far (user + system, from /proc/PID/stat), in
     * milliseconds; -1 where unavailable. Assumes the usual 100 clock ticks per second.
     */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // Fields after the command name (which may hold spaces) start at state, field 3.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
