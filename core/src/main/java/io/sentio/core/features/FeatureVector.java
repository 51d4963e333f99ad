package io.sentio.core.features;

/** Sparse features of one text: parallel arrays of names and values, in vocabulary order. */
public record FeatureVector(String[] names, double[] values) {

    public FeatureVector {
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
    }

    public int size() {
        return names.length;
    }

    public boolean isEmpty() {
        return names.length == 0;
    }
}
