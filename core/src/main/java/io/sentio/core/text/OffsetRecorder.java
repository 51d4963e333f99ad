package io.sentio.core.text;

import java.util.Arrays;

/** Records, for each character one cleaning step wrote, the range of its input it came from. */
final class OffsetRecorder implements SourceRecorder {
    private int[] from;
    private int[] to;
    private int length;

    /** @param expected how many characters the step will probably write (its input's length); it may write more */
    OffsetRecorder(int expected) {
        from = new int[Math.max(16, expected)];
        to = new int[from.length];
    }

    @Override
    public void copy(int start, int end) {
        for (int i = start; i < end; i++) {
            add(i, i + 1);
        }
    }

    @Override
    public void replace(int start, int end, int written) {
        for (int k = 0; k < written; k++) {
            add(start, end);
        }
    }

    private void add(int start, int end) {
        if (length == from.length) {
            from = Arrays.copyOf(from, length * 2);
            to = Arrays.copyOf(to, length * 2);
        }
        from[length] = start;
        to[length] = end;
        length++;
    }

    int length() {
        return length;
    }

    /**
     * This step's ranges, taken back through the earlier steps' {@code sourceFrom}/{@code sourceTo}
     * (which map this step's input to the original text) to ranges of the original text.
     */
    void composeInto(int[] sourceFrom, int[] sourceTo, int[] outFrom, int[] outTo) {
        for (int i = 0; i < length; i++) {
            outFrom[i] = sourceFrom[from[i]];
            outTo[i] = sourceTo[to[i] - 1];
        }
    }
}
