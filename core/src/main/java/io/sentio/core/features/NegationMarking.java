package io.sentio.core.features;

/** Whether the words in a negation's scope are terms of their own ({@link NegationScope}). */
public enum NegationMarking {
    OFF,
    ON,
    /**
     * Before training only: on for a classifier, off for a multi-label model. Negation turns an
     * opinion around ("not comfortable"), which is what a review classifier learns; a genre or a tag
     * is a topic, which a negation does not change: marking cost the genre models 0.002–0.005
     * micro-F1 and 0.006–0.007 macro-F1 (docs/MODEL_QUALITY.md).
     */
    AUTO
}
