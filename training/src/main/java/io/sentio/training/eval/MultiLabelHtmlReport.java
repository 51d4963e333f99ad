package io.sentio.training.eval;

import java.util.Locale;
import java.util.Map;

/**
 * evaluation.html of a multi-label model: one self-contained page (inline CSS, no script) with the
 * headline figures, label cardinality and a row of bars per label (precision, recall, F1) with its
 * support and threshold.
 */
public final class MultiLabelHtmlReport {
    private MultiLabelHtmlReport() {
    }

    public static String render(String modelName, MultiLabelEvaluation e) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Evaluation of ").append(HtmlReport.escape(modelName)).append("</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:.4em .7em;text-align:right}")
                .append("th{background:#f3f3f3}.bar{height:.9em;background:#3b7dd8;display:inline-block}")
                .append(".track{width:200px;background:#eee;display:inline-block;margin-right:.5em}")
                .append("</style></head><body>\n");
        html.append("<h1>Evaluation of ").append(HtmlReport.escape(modelName)).append(" (multi-label)</h1>\n");
        html.append("<p>micro-F1 <b>").append(fmt(e.microF1())).append("</b> · macro-F1 <b>").append(fmt(e.macroF1()))
                .append("</b> · samples-F1 <b>").append(fmt(e.samplesF1())).append("</b> · Hamming loss <b>")
                .append(fmt(e.hammingLoss())).append("</b> · subset accuracy <b>").append(fmt(e.subsetAccuracy()))
                .append("</b></p>\n<p>labels per text: ").append(fmt(e.labelCardinality().get("true")))
                .append(" true, ").append(fmt(e.labelCardinality().get("predicted"))).append(" predicted · ")
                .append(e.nTrain()).append(" train / ").append(e.nTest()).append(" test · trained in ")
                .append(fmt(e.trainSeconds())).append(" s</p>\n");
        html.append("<h2>Per label</h2>\n<table><tr><th>label</th><th>precision</th><th>recall</th>")
                .append("<th>F1</th><th>support</th><th>threshold</th></tr>\n");
        for (Map.Entry<String, LabelMetrics> c : e.perLabel().entrySet()) {
            LabelMetrics m = c.getValue();
            html.append("<tr><th>").append(HtmlReport.escape(c.getKey())).append("</th>")
                    .append(bar(m.precision())).append(bar(m.recall())).append(bar(m.f1()))
                    .append("<td>").append(m.support()).append("</td><td>").append(fmt(m.threshold()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (!e.skipped().isEmpty()) {
            html.append("<h2>Rows skipped</h2>\n<table><tr><th>reason</th><th>rows</th></tr>\n");
            e.skipped().forEach((reason, n) -> html.append("<tr><td style=\"text-align:left\">")
                    .append(HtmlReport.escape(reason)).append("</td><td>").append(n).append("</td></tr>\n"));
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String bar(double value) {
        return "<td style=\"text-align:left\"><span class=\"track\"><span class=\"bar\" style=\"width:"
                + String.format(Locale.ROOT, "%.1f", value * 100) + "%\"></span></span>" + fmt(value) + "</td>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
