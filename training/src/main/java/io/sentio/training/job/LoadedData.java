package io.sentio.training.job;

import io.sentio.training.prepare.Review;
import java.util.List;

/** Reviews read from one source, with the layout recognised and the data's sha256. */
record LoadedData(List<Review> reviews, String layout, String format, String sha256, long rowsRead) {
}
