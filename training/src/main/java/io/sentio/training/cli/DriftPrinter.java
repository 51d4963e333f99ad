package io.sentio.training.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.sentio.core.decision.DriftBaseline;
import io.sentio.core.json.Json;
import io.sentio.core.model.Manifest;
import io.sentio.training.drift.DriftJob;
import io.sentio.training.drift.DriftReport;
import io.sentio.training.drift.Signal;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A drift report as a table with its verdict last, or as one JSON object. */
final class DriftPrinter {
    private final PrintStream out;

    DriftPrinter(PrintStream out) {
        this.out = out;
    }

    void text(DriftReport report, Manifest model, String data) {
        out.printf(Locale.ROOT, "model %s (version %s) on %d texts of %s%n", model.name(), model.version(),
                report.texts(), data);
        out.printf(Locale.ROOT, "%-22s %9s %9s %9s %10s%n", "signal", "baseline", "data", "distance", "threshold");
        for (Signal signal : report.signals()) {
            out.printf(Locale.ROOT, "%-22s %9s %9s %9.4f %10s  %s%n", signal.name(),
                    signal.baseline().map(DriftPrinter::figure).orElse(""),
                    signal.current().map(DriftPrinter::figure).orElse(""), signal.distance(),
                    signal.threshold().map(DriftPrinter::figure).orElse("-"),
                    signal.threshold().isEmpty() ? "(informs)" : signal.drifted() ? "DRIFT" : "ok");
        }
        DriftBaseline baseline = DriftJob.baselineOf(model);
        out.println((model.decision().multiLabel() ? "texts given each label" : "predicted labels") + ": baseline "
                + mix(baseline.predictedLabels()) + "; data " + mix(report.predictedMix()));
        if (!report.labelled()) {
            out.println("labels: none in the data, so metrics were not compared (the verdict rests on the signals above)");
        }
        out.println("verdict: " + report.verdict() + (report.drift() ? " (" + report.drifted().stream()
                .map(Signal::name).collect(Collectors.joining(", ")) + " over threshold)" : ""));
    }

    void json(DriftReport report, Manifest model, String data) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.name());
        json.put("version", model.version());
        json.put("data", data);
        json.put("texts", report.texts());
        json.put("verdict", report.verdict());
        json.put("drift", report.drift());
        json.put("labelled", report.labelled());
        json.put("metrics_compared", report.metricsCompared());
        Map<String, Object> signals = new LinkedHashMap<>();
        for (Signal signal : report.signals()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            signal.baseline().ifPresent(v -> fields.put("baseline", v));
            signal.current().ifPresent(v -> fields.put("current", v));
            fields.put("distance", signal.distance());
            signal.threshold().ifPresent(v -> fields.put("threshold", v));
            fields.put("drifted", signal.drifted());
            signals.put(signal.name(), fields);
        }
        json.put("signals", signals);
        json.put("thresholds", report.thresholds());
        json.put("predicted_labels", Map.of("baseline", new TreeMap<>(DriftJob.baselineOf(model).predictedLabels()),
                "data", new TreeMap<>(report.predictedMix())));
        out.println(Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    }

    private static String figure(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String mix(Map<String, Double> shares) {
        return new TreeMap<>(shares).entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.3f", e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
