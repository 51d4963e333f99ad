package io.sentio.core.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a model answers: one label per text, or a set of labels (genres, tags, topics). */
public enum Task {
    SINGLE_LABEL("single_label"),
    MULTI_LABEL("multi_label");

    private final String wireName;

    Task(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static Task fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown task '" + name
                        + "' (expected single_label or multi_label)"));
    }
}
