package io.sentio.core.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Plain text: every line is a row (a blank line too, scored as an empty-text error), numbered from 1. */
final class TextRows implements RowReader {
    private final BufferedReader lines;
    private final String name;
    private long number;

    TextRows(InputStream in, String name) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.name = name;
    }

    @Override
    public Optional<Row> next() {
        try {
            String line = lines.readLine();
            if (line == null) {
                return Optional.empty();
            }
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            return Optional.of(Row.of(RowId.number(number), line));
        } catch (IOException e) {
            throw new ScoreException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException ignored) {
            // reading is over
        }
    }
}
