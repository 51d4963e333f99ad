package io.sentio.infra.serving;

import io.sentio.infra.config.ContextValues;

/**
 * HTTP API settings.
 *
 * @param openApi context {@code openApi}, default false: when true the routes need no
 *     authorization (a public demo); otherwise callers sign requests with SigV4 (IAM)
 * @param throttleRate context {@code throttleRate}, default 50: steady-state requests per second
 *     of the default stage
 * @param throttleBurst context {@code throttleBurst}, default 100: burst capacity of the default stage
 * @param tryItPage context {@code tryItPage}, default false: when true {@code GET /} serves the try-it
 *     page (a browser form over the API); a browser cannot sign requests, so it is useful with
 *     {@code openApi} only
 */
public record ApiConfig(boolean openApi, int throttleRate, int throttleBurst, boolean tryItPage) {

    public static final ApiConfig DEFAULTS = new ApiConfig(false, 50, 100, false);

    public static ApiConfig from(ContextValues context) {
        return new ApiConfig(
                context.flag("openApi", DEFAULTS.openApi()),
                context.integer("throttleRate", DEFAULTS.throttleRate(), 1, 10_000),
                context.integer("throttleBurst", DEFAULTS.throttleBurst(), 1, 5_000),
                context.flag("tryItPage", DEFAULTS.tryItPage()));
    }
}
