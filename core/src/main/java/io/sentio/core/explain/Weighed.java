package io.sentio.core.explain;

/**
 * The weights one method gave the features of one text.
 *
 * @param positions vocabulary positions of the text's features
 * @param weights   each one's weight, same order
 */
record Weighed(double bias, double score, int[] positions, double[] weights) {
}
