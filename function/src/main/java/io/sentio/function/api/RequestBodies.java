package io.sentio.function.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** Checks a request body's content type and size and decodes base64 ones. Errors are values. */
public final class RequestBodies {
    private RequestBodies() {
    }

    /**
     * The body's content type must be JSON (or absent); {@code charset}, if given, must be UTF-8.
     * Returns null when acceptable, else the 415.
     */
    public static ApiError checkContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        String[] parts = contentType.split(";", -1);
        String media = parts[0].strip().toLowerCase(Locale.ROOT);
        boolean json = media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
        if (!json) {
            return ApiError.unsupportedMediaType(contentType);
        }
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip().toLowerCase(Locale.ROOT);
            if (param.startsWith("charset=")) {
                String charset = param.substring("charset=".length()).replace("\"", "").strip();
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    return ApiError.unsupportedMediaType(contentType);
                }
            }
        }
        return null;
    }

    /** The body as UTF-8 bytes, base64-decoded if the event says so; 413 above the limit. */
    public static Result<byte[]> bytes(HttpRequest request, Limits limits) {
        String body = request.body();
        if (body == null || body.isEmpty()) {
            return Result.ok(new byte[0]);
        }
        if (request.base64()) {
            // Decoded size is at most 3/4 of the encoded length: refuse before decoding a huge body.
            if ((long) body.length() / 4 * 3 > limits.maxBodyBytes() + 3L) {
                return Result.err(ApiError.bodyTooLarge(limits.maxBodyBytes()));
            }
            byte[] decoded = decodeBase64(body);
            if (decoded == null) {
                return Result.err(ApiError.invalidEncoding("the body is marked base64-encoded but is not valid base64"));
            }
            return decoded.length > limits.maxBodyBytes()
                    ? Result.err(ApiError.bodyTooLarge(limits.maxBodyBytes())) : Result.ok(decoded);
        }
        if (body.length() > limits.maxBodyBytes()) {
            return Result.err(ApiError.bodyTooLarge(limits.maxBodyBytes()));
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return bytes.length > limits.maxBodyBytes()
                ? Result.err(ApiError.bodyTooLarge(limits.maxBodyBytes())) : Result.ok(bytes);
    }

    /** Strict base64 (line breaks tolerated); null if the text is not base64. */
    private static byte[] decodeBase64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            String compact = text.replaceAll("[\\r\\n]", "");
            if (compact.length() == text.length()) {
                return null;
            }
            try {
                return Base64.getDecoder().decode(compact);
            } catch (IllegalArgumentException stillNot) {
                return null;
            }
        }
    }
}
