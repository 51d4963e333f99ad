package io.sentio.core.score;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the rows of a part are written: CSV with a header, JSON Lines, or plain text (one text per line). */
public enum InputFormat {
    CSV("csv"),
    JSONL("jsonl"),
    TEXT("text");

    private final String optionName;

    InputFormat(String optionName) {
        this.optionName = optionName;
    }

    public String optionName() {
        return optionName;
    }

    /** {@code csv}, {@code jsonl} or {@code text}, as {@code --format} takes it. */
    public static InputFormat parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.optionName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name
                        + "'; expected csv, jsonl or text"));
    }

    /** From the part's name ({@code .csv}, {@code .jsonl}/{@code .ndjson}/{@code .json}, {@code .txt}; {@code .gz} ignored). */
    public static Optional<InputFormat> fromName(String name) {
        String lower = PartNames.withoutCompression(name).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            return Optional.of(JSONL);
        }
        if (lower.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    /**
     * When the name says nothing: a part whose first non-blank character is '{' is JSON Lines, any
     * other is plain text (a CSV without a {@code .csv} name needs {@code --format csv}).
     */
    static InputFormat sniff(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return text.startsWith("{") ? JSONL : TEXT;
    }
}
