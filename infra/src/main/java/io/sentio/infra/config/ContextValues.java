package io.sentio.infra.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import software.constructs.Node;

/**
 * Typed, validated reads of CDK context. Values given on the command line ({@code -c memoryMb=2048})
 * arrive as strings, values in {@code cdk.json} as JSON numbers or booleans: both are accepted. A
 * blank value counts as absent, so {@code -c retrainSchedule=} switches a setting back to its default.
 */
public final class ContextValues {

    private final Function<String, Object> lookup;

    public ContextValues(Function<String, Object> lookup) {
        this.lookup = lookup;
    }

    public static ContextValues of(Node node) {
        return new ContextValues(node::tryGetContext);
    }

    public static ContextValues of(Map<String, ?> values) {
        return new ContextValues(values::get);
    }

    public Optional<String> optionalString(String key) {
        Object value = lookup.apply(key);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.toString().strip());
    }

    public String string(String key, String defaultValue) {
        return optionalString(key).orElse(defaultValue);
    }

    /** A string from a fixed set, compared case-insensitively and returned as listed in {@code allowed}. */
    public String oneOf(String key, String defaultValue, Set<String> allowed) {
        Optional<String> value = optionalString(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return allowed.stream()
                .filter(candidate -> candidate.equalsIgnoreCase(value.get()))
                .findFirst()
                .orElseThrow(() -> new InvalidContextException(key, value.get(), "one of " + allowed));
    }

    public int integer(String key, int defaultValue, int min, int max) {
        Optional<String> value = optionalString(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String expectation = "an integer between %d and %d".formatted(min, max);
        try {
            double parsed = Double.parseDouble(value.get());
            if (parsed != Math.rint(parsed) || parsed < min || parsed > max) {
                throw new InvalidContextException(key, value.get(), expectation);
            }
            return (int) parsed;
        } catch (NumberFormatException e) {
            throw new InvalidContextException(key, value.get(), expectation);
        }
    }

    public double decimal(String key, double defaultValue, double min, double max) {
        Optional<String> value = optionalString(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String expectation = "a number between %s and %s".formatted(min, max);
        try {
            double parsed = Double.parseDouble(value.get());
            if (Double.isNaN(parsed) || parsed < min || parsed > max) {
                throw new InvalidContextException(key, value.get(), expectation);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidContextException(key, value.get(), expectation);
        }
    }

    public boolean flag(String key, boolean defaultValue) {
        Optional<String> value = optionalString(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new InvalidContextException(key, value.get(), "true or false");
        };
    }
}
