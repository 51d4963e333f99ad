package io.sentio.core.text;

import java.util.Arrays;

/**
 * Records, for each character one cleaning step wrote, the range of its input it came from. A
 * step that left its input as it was (most steps, for most texts) reports one copy of all of it,
 * which is kept as just that, so it costs no arrays.
 */
final class OffsetRecorder implements SourceRecorder {
    private final int inputLength;
    private int[] from;
    private int[] to;
    private int length;
    private boolean unchanged;

    /** @param inputLength the length of the step's input, which it will probably write about as much of */
    OffsetRecorder(int inputLength) {
        this.inputLength = inputLength;
    }

    @Override
    public void copy(int start, int end) {
        if (length == 0 && !unchanged && from == null && start == 0 && end == inputLength) {
            unchanged = true;
            return;
        }
        materialise();
        for (int i = start; i < end; i++) {
            add(i, i + 1);
        }
    }

    @Override
    public void replace(int start, int end, int written) {
        materialise();
        for (int k = 0; k < written; k++) {
            add(start, end);
        }
    }

    /** Whether the step reported exactly one copy of its whole input and nothing else. */
    boolean unchanged() {
        return unchanged;
    }

    private void materialise() {
        if (from != null) {
            return;
        }
        from = new int[Math.max(16, inputLength)];
        to = new int[from.length];
        if (unchanged) {
            unchanged = false;
            for (int i = 0; i < inputLength; i++) {
                add(i, i + 1);
            }
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
        return unchanged ? inputLength : length;
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
