package io.sentio.core.explain;

/** A way to find how much each of a text's terms moved its score. */
sealed interface Weighing permits LinearWeighing, LeaveOneTermOut {
    Method method();

    /** The weights of the features of {@code cleanText} (a whole text or one sentence) for the target. */
    Weighed weigh(String cleanText, Target target);
}
