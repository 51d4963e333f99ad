package io.sentio.core.store;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the S3 client from the standard AWS settings. With {@code AWS_ENDPOINT_URL_S3} (or
 * {@code AWS_ENDPOINT_URL}) the client talks to that S3-compatible server with path-style
 * addressing, so one build works against AWS and against a local server.
 */
public final class S3Clients {
    /** An S3-compatible server ignores the region, but the SDK insists on one. */
    static final Region FALLBACK_REGION = Region.US_EAST_1;

    private S3Clients() {
    }

    public static S3Client fromEnvironment() {
        return create(System.getenv());
    }

    public static S3Client create(Map<String, String> env) {
        S3ClientBuilder builder = S3Client.builder()
                // The URL-connection client starts fastest, which matters for Lambda init.
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region(env));
        endpoint(env).ifPresent(endpoint -> builder.endpointOverride(endpoint).forcePathStyle(true));
        credentials(env).ifPresent(builder::credentialsProvider);
        return builder.build();
    }

    /**
     * Keys given in {@code env} itself; otherwise empty, and the SDK's default chain applies (which
     * reads the process environment, profiles, or the Lambda/container endpoint). Without this, a map
     * handed to {@link #create} would set the endpoint and region but not the credentials.
     */
    static java.util.Optional<AwsCredentialsProvider> credentials(Map<String, String> env) {
        String id = firstSet(env, "AWS_ACCESS_KEY_ID");
        String secret = firstSet(env, "AWS_SECRET_ACCESS_KEY");
        if (id == null || secret == null) {
            return java.util.Optional.empty();
        }
        String token = firstSet(env, "AWS_SESSION_TOKEN");
        return java.util.Optional.of(StaticCredentialsProvider.create(token == null
                ? AwsBasicCredentials.create(id, secret)
                : AwsSessionCredentials.create(id, secret, token)));
    }

    static java.util.Optional<URI> endpoint(Map<String, String> env) {
        String value = firstSet(env, "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL");
        return value == null ? java.util.Optional.empty() : java.util.Optional.of(URI.create(value));
    }

    private static Region region(Map<String, String> env) {
        String value = firstSet(env, "AWS_REGION", "AWS_DEFAULT_REGION");
        if (value != null) {
            return Region.of(value);
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (RuntimeException noRegionConfigured) {
            return FALLBACK_REGION;
        }
    }

    private static String firstSet(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
