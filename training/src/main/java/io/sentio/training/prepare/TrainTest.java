package io.sentio.training.prepare;

import java.util.List;

/**
 * The reviews to learn from and to evaluate on.
 *
 * @param method how the split was made: "stratified", "official" or "explicit"
 */
public record TrainTest(List<Review> train, List<Review> test, String method) {
    public TrainTest {
        train = List.copyOf(train);
        test = List.copyOf(test);
    }
}
