package io.sentio.function.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3.1 description of this API, {@value #RESOURCE} in the jar (kept in the repository
 * and served at {@code GET /openapi.json}). Tests validate it and check real responses against
 * its schemas, so it cannot drift from the code.
 */
public final class OpenApiDocument {
    public static final String RESOURCE = "/openapi.json";
    private static final ApiResponse RESPONSE = new ApiResponse(200, read());

    private OpenApiDocument() {
    }

    public static ApiResponse response() {
        return RESPONSE;
    }

    public static String json() {
        return RESPONSE.body();
    }

    private static String read() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the function jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
