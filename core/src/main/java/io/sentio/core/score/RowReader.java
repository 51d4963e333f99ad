package io.sentio.core.score;

import java.io.Closeable;
import java.util.Optional;

/** The rows of one part, in order; empty at the end. */
public interface RowReader extends Closeable {

    Optional<Row> next();

    @Override
    void close();
}
