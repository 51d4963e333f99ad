package io.sentio.core.testing;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * A real S3-compatible server reached over HTTP (Adobe S3Mock, in-process), for tests of code that
 * talks to S3. Use it as a JUnit 5 extension:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final S3TestServer S3 = new S3TestServer();
 *
 * @Test
 * void readsFromS3() {
 *     String bucket = S3.newBucket();                      // or S3.createBucket("my-bucket")
 *     S3Client s3 = S3.client();                          // or S3Clients.create(S3.environment())
 *     ...
 * }
 * }</pre>
 *
 * <p>One server is started on first use and shared by every test class of the JVM (it takes a few
 * seconds to start); it stops when the JVM exits. Tests keep apart by using their own buckets —
 * {@link #newBucket()} gives a fresh one. Outside JUnit, call {@link #start()} yourself.
 *
 * <p>What S3Mock 5.2.0 does not do like S3: it answers 412 to a conditional write
 * ({@code If-None-Match: *}, {@code If-Match}) whose precondition fails, but checks, then writes,
 * so two racing conditional writes to one key can both succeed; and it rewrites an object in place,
 * so a reader racing a write can get half of it. Test races between writers, or readers during
 * writes, on {@link MotoS3Server} instead.
 *
 * <p>A module using it from core's test-jar declares {@code com.adobe.testing:s3mock-junit5} (test
 * scope) itself: test-scoped dependencies are not transitive.
 */
public final class S3TestServer implements BeforeAllCallback {
    /** S3Mock accepts any credentials and region; these are what {@link #environment()} hands out. */
    public static final String ACCESS_KEY_ID = "test-access-key";
    public static final String SECRET_ACCESS_KEY = "test-secret-key";
    public static final String REGION = "us-east-1";

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static S3MockExtension server;
    private static String endpoint;

    private S3Client client;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /** Starts the shared server unless it is running already. Idempotent and thread-safe. */
    public S3TestServer start() {
        synchronized (S3TestServer.class) {
            if (server == null) {
                // S3Mock is a Spring Boot app, whose logging system would otherwise re-initialise
                // log4j2 for the whole JVM and break tests that read the code under test's log lines.
                System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
                S3MockExtension mock = S3MockExtension.builder().silent().withSecureConnection(false).build();
                mock.start();
                Runtime.getRuntime().addShutdownHook(new Thread(mock::stop, "s3-test-server-stop"));
                endpoint = "http://localhost:" + mock.getHttpPort();
                server = mock;
            }
        }
        return this;
    }

    /** {@code http://localhost:PORT}, the server's endpoint. */
    public String endpoint() {
        start();
        return endpoint;
    }

    /**
     * The standard AWS variables that point an S3 client at this server, for code that builds its
     * client the production way: {@code S3Clients.create(server.environment())}.
     */
    public Map<String, String> environment() {
        return Map.of(
                "AWS_ENDPOINT_URL_S3", endpoint(),
                "AWS_REGION", REGION,
                "AWS_ACCESS_KEY_ID", ACCESS_KEY_ID,
                "AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY);
    }

    /** A client for this server: path-style, dummy static credentials, URL-connection HTTP. Made once. */
    public synchronized S3Client client() {
        if (client == null) {
            client = S3Client.builder()
                    .endpointOverride(URI.create(endpoint()))
                    .forcePathStyle(true)
                    .region(Region.of(REGION))
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build();
        }
        return client;
    }

    /** Creates the bucket; fine if it exists already. Returns its name. */
    public String createBucket(String name) {
        try {
            client().createBucket(b -> b.bucket(name));
        } catch (BucketAlreadyOwnedByYouException alreadyThere) {
            // Same outcome: the bucket exists and is ours.
        }
        return name;
    }

    /** Creates a bucket no other test uses and returns its name. */
    public String newBucket() {
        return createBucket("test-%d-%04d".formatted(ProcessHandle.current().pid(), BUCKETS.incrementAndGet())
                .toLowerCase(Locale.ROOT));
    }
}
