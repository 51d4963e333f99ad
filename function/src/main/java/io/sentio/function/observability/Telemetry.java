package io.sentio.function.observability;

/** Everything a handled request leaves behind: a log line, its metrics, maybe a review sample. */
public final class Telemetry {
    private final RequestLog log;
    private final PredictionMetrics metrics;
    private final ReviewSampler sampler;

    public Telemetry(RequestLog log, PredictionMetrics metrics, ReviewSampler sampler) {
        this.log = log;
        this.metrics = metrics;
        this.sampler = sampler;
    }

    public void record(RequestRecord request) {
        log.log(request);
        metrics.record(request);
        if (!request.outcome().predictions().isEmpty()) {
            sampler.offer(request.requestId(), request.outcome().texts(), request.outcome().predictions());
        }
    }

    public PredictionMetrics metrics() {
        return metrics;
    }

    public ReviewSampler sampler() {
        return sampler;
    }
}
