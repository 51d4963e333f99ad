package io.sentio.training.eval;

import java.util.Locale;

/**
 * The reliability diagram of a {@link Calibration} as inline SVG (no script, no external file):
 * per confidence bin a bar of the share of texts whose top label is true, the bin's mean confidence
 * as a dot, and the diagonal a perfectly calibrated model would follow. Empty bins draw nothing.
 */
final class ReliabilityDiagram {
    private static final int SIZE = 300;
    private static final int MARGIN = 36;

    private ReliabilityDiagram() {
    }

    static String svg(Calibration calibration) {
        int full = SIZE + 2 * MARGIN;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg width=\"").append(full).append("\" height=\"")
                .append(full).append("\" viewBox=\"0 0 ").append(full).append(' ').append(full)
                .append("\" role=\"img\" aria-label=\"reliability diagram\" font-size=\"11\">\n");
        svg.append("<rect x=\"").append(MARGIN).append("\" y=\"").append(MARGIN).append("\" width=\"").append(SIZE)
                .append("\" height=\"").append(SIZE).append("\" fill=\"#fafafa\" stroke=\"#999\"/>\n");
        for (Calibration.Bin bin : calibration.bins()) {
            if (bin.count() == 0) {
                continue;
            }
            double x = x(bin.lower());
            double width = x(bin.upper()) - x;
            double top = y(bin.accuracy());
            svg.append(String.format(Locale.ROOT, "<rect class=\"accuracy\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\" fill=\"#3b7dd8\" fill-opacity=\"0.75\" stroke=\"#fff\"><title>confidence "
                    + "%.2f–%.2f: %d texts, accuracy %.3f, mean confidence %.3f</title></rect>\n",
                    x, top, width, y(0) - top, bin.lower(), bin.upper(), bin.count(), bin.accuracy(),
                    bin.confidence()));
            svg.append(String.format(Locale.ROOT, "<circle class=\"confidence\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\" "
                    + "fill=\"#d8503b\"/>\n", x(bin.confidence()), y(bin.confidence())));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\" "
                + "stroke-dasharray=\"4 3\"/>\n", MARGIN, MARGIN + SIZE, MARGIN + SIZE, MARGIN));
        for (int tick = 0; tick <= 4; tick++) {
            double v = tick / 4.0;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.2f</text>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>\n",
                    x(v), MARGIN + SIZE + 14, v, MARGIN - 4, y(v) + 4, v));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">top-label "
                + "probability</text>\n", MARGIN + SIZE / 2, full - 4));
        svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 12 %d)\">share correct</text>\n", MARGIN + SIZE / 2, MARGIN + SIZE / 2));
        return svg.append("</svg>\n").toString();
    }

    private static double x(double value) {
        return MARGIN + value * SIZE;
    }

    private static double y(double value) {
        return MARGIN + (1 - value) * SIZE;
    }
}
