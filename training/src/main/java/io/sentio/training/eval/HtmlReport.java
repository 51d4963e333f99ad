package io.sentio.training.eval;

import java.util.Locale;
import java.util.Map;

/**
 * evaluation.html: one self-contained page (inline CSS, no script, no CDN) with the headline
 * figures, a confusion-matrix heat map (shaded by share of the true class), per-class bars and a
 * reliability diagram (inline SVG).
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String render(String modelName, Evaluation e) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Evaluation of ").append(escape(modelName)).append("</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:.4em .7em;text-align:right}")
                .append("th{background:#f3f3f3}.bar{height:.9em;background:#3b7dd8;display:inline-block}")
                .append(".track{width:240px;background:#eee;display:inline-block;margin-right:.5em}")
                .append("</style></head><body>\n");
        html.append("<h1>Evaluation of ").append(escape(modelName)).append("</h1>\n");
        html.append("<p>accuracy <b>").append(fmt(e.accuracy())).append("</b> · macro-F1 <b>")
                .append(fmt(e.macroF1())).append("</b> · ").append(e.nTrain()).append(" train / ")
                .append(e.nTest()).append(" test · trained in ").append(fmt(e.trainSeconds())).append(" s</p>\n");
        confusion(html, e);
        perClass(html, e);
        calibration(html, e);
        skipped(html, e);
        return html.append("</body></html>\n").toString();
    }

    private static void confusion(StringBuilder html, Evaluation e) {
        html.append("<h2>Confusion matrix</h2>\n<table><tr><th>true \\ predicted</th>");
        e.confusionMatrix().keySet().forEach(l -> html.append("<th>").append(escape(l)).append("</th>"));
        html.append("</tr>\n");
        e.confusionMatrix().forEach((truth, row) -> {
            long rowTotal = row.values().stream().mapToLong(Long::longValue).sum();
            html.append("<tr><th>").append(escape(truth)).append("</th>");
            row.forEach((predicted, n) -> {
                double share = rowTotal == 0 ? 0 : n / (double) rowTotal;
                String colour = truth.equals(predicted) ? "59,125,216" : "216,80,59";
                html.append("<td style=\"background:rgba(").append(colour).append(',')
                        .append(String.format(Locale.ROOT, "%.2f", share)).append(")\" title=\"")
                        .append(fmt(share * 100)).append("% of ").append(escape(truth)).append("\">")
                        .append(n).append("</td>");
            });
            html.append("</tr>\n");
        });
        html.append("</table>\n");
    }

    private static void perClass(StringBuilder html, Evaluation e) {
        html.append("<h2>Per class</h2>\n<table><tr><th>label</th><th>precision</th><th>recall</th>")
                .append("<th>F1</th><th>support</th></tr>\n");
        for (Map.Entry<String, ClassMetrics> c : e.perClass().entrySet()) {
            ClassMetrics m = c.getValue();
            html.append("<tr><th>").append(escape(c.getKey())).append("</th>")
                    .append(bar(m.precision())).append(bar(m.recall())).append(bar(m.f1()))
                    .append("<td>").append(m.support()).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void calibration(StringBuilder html, Evaluation e) {
        if (e.calibration().bins().isEmpty()) {
            return;
        }
        html.append("<h2>Calibration</h2>\n<p>expected calibration error (top label, ")
                .append(e.calibration().bins().size()).append(" bins) <b>").append(fmt(e.ece()))
                .append("</b>: bars are the share of texts whose most probable label is right, dots the mean ")
                .append("probability the model gave it; a calibrated model keeps both on the diagonal.</p>\n")
                .append(ReliabilityDiagram.svg(e.calibration()));
    }

    private static void skipped(StringBuilder html, Evaluation e) {
        if (e.skipped().isEmpty()) {
            return;
        }
        html.append("<h2>Rows skipped</h2>\n<table><tr><th>reason</th><th>rows</th></tr>\n");
        e.skipped().forEach((reason, n) -> html.append("<tr><td style=\"text-align:left\">")
                .append(escape(reason)).append("</td><td>").append(n).append("</td></tr>\n"));
        html.append("</table>\n");
    }

    private static String bar(double value) {
        return "<td style=\"text-align:left\"><span class=\"track\"><span class=\"bar\" style=\"width:"
                + String.format(Locale.ROOT, "%.1f", value * 100) + "%\"></span></span>" + fmt(value) + "</td>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
