package io.sentio.training.prepare;

import io.sentio.core.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/** Review granularity keeps reviews whole; sentence granularity turns each into its sentences. */
public enum Granularity {
    REVIEW,
    SENTENCE;

    /** Each sentence inherits its review's label and id. Applied after the split, never before. */
    public List<Review> expand(List<Review> reviews, SentenceSplitter splitter) {
        if (this == REVIEW) {
            return reviews;
        }
        List<Review> sentences = new ArrayList<>(reviews.size() * 4);
        for (Review review : reviews) {
            for (String sentence : splitter.split(review.text())) {
                sentences.add(review.withText(sentence));
            }
        }
        return sentences;
    }
}
