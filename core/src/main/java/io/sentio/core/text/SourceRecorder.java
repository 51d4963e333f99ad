package io.sentio.core.text;

/**
 * Where each character a cleaning step writes came from in that step's input, told by the step
 * as it writes. The cleaning of every request passes {@link #NONE}, which records nothing, so the
 * hot path pays one call per copied run; {@link TextCleaner#cleanWithOffsets} passes a recorder.
 * Calls come in output order: together they cover the step's output, character by character.
 */
interface SourceRecorder {
    SourceRecorder NONE = new SourceRecorder() {
        @Override
        public void copy(int from, int to) {
        }

        @Override
        public void replace(int from, int to, int written) {
        }
    };

    /** The input's characters {@code [from, to)} were written unchanged. */
    void copy(int from, int to);

    /** {@code written} characters were written in place of (or, for a separator, because of) the input's {@code [from, to)}. */
    void replace(int from, int to, int written);
}
