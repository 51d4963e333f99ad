package io.sentio.core.explain;

/** How a term's weight was found; part of every explanation, since the two mean different things. */
public enum Method {
    /**
     * A linear model: the term's feature value times its weight, exact, so that the bias plus
     * every term's weight is the score.
     */
    LINEAR("linear"),
    /**
     * Any other model (factorisation machines): the score of the text minus the score of the text
     * with every occurrence of the term left out. Terms interact in such a model, so the weights do
     * not add up to the score, and the bias is the score of a text with none of its terms.
     */
    LEAVE_ONE_TERM_OUT("leave-one-term-out");

    private final String wireName;

    Method(String wireName) {
        this.wireName = wireName;
    }

    /** The name the API and the CLI show. */
    public String wireName() {
        return wireName;
    }
}
