package io.sentio.training.cli;

import java.util.Arrays;
import java.util.Locale;

/** Case-insensitive enum options with an error that lists the choices. */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new CliException(option + " must be one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ", was '" + value + "'");
    }
}
