package io.sentio.infra.config;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.services.logs.RetentionDays;

/** CloudWatch Logs only accepts certain retention periods; this maps the usual ones from days. */
public final class LogRetention {

    private static final Map<Integer, RetentionDays> BY_DAYS = new TreeMap<>(Map.ofEntries(
            Map.entry(1, RetentionDays.ONE_DAY),
            Map.entry(3, RetentionDays.THREE_DAYS),
            Map.entry(5, RetentionDays.FIVE_DAYS),
            Map.entry(7, RetentionDays.ONE_WEEK),
            Map.entry(14, RetentionDays.TWO_WEEKS),
            Map.entry(30, RetentionDays.ONE_MONTH),
            Map.entry(60, RetentionDays.TWO_MONTHS),
            Map.entry(90, RetentionDays.THREE_MONTHS),
            Map.entry(180, RetentionDays.SIX_MONTHS),
            Map.entry(365, RetentionDays.ONE_YEAR)));

    private LogRetention() {
    }

    public static int days(ContextValues context, String key, int defaultDays) {
        int days = context.integer(key, defaultDays, 1, 365);
        if (!BY_DAYS.containsKey(days)) {
            throw new InvalidContextException(key, days, "one of " + BY_DAYS.keySet() + " days");
        }
        return days;
    }

    public static RetentionDays of(int days) {
        RetentionDays retention = BY_DAYS.get(days);
        if (retention == null) {
            throw new IllegalArgumentException("unsupported log retention: " + days + " days");
        }
        return retention;
    }
}
