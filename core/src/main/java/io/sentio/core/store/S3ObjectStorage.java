package io.sentio.core.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A store under an S3 prefix ({@code s3://bucket/models/reviews}). The conditional writes are S3's
 * own: {@code PutObject} with {@code If-None-Match: *} or {@code If-Match: <etag>}, which S3 decides
 * atomically (412 to the loser).
 */
public final class S3ObjectStorage implements ObjectStorage {
    /** S3 answers 409 while another conditional write to the key is in flight, and asks for a retry. */
    private static final int IN_FLIGHT_ATTEMPTS = 5;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /** @param prefix key prefix without leading or trailing slash; may be empty */
    public S3ObjectStorage(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() ? "" : prefix + "/";
    }

    @Override
    public Optional<byte[]> get(String key) {
        return fetch(key).map(ResponseBytes::asByteArray);
    }

    @Override
    public Optional<Revision> read(String key) {
        return fetch(key).map(object -> new Revision(object.asByteArray(), object.response().eTag()));
    }

    private Optional<ResponseBytes<GetObjectResponse>> fetch(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw failure("read", key, e);
        }
    }

    @Override
    public void put(String key, byte[] bytes) {
        try {
            s3.putObject(b -> b.bucket(bucket).key(prefix + key), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw failure("write", key, e);
        }
    }

    @Override
    public boolean putIfAbsent(String key, byte[] bytes) {
        return putOnCondition(key, bytes, b -> b.ifNoneMatch("*"));
    }

    @Override
    public boolean replaceIf(String key, String tag, byte[] bytes) {
        return putOnCondition(key, bytes, b -> b.ifMatch(tag));
    }

    /** True when S3 wrote the object; false when the precondition failed (412, or 404 for If-Match on a removed key). */
    private boolean putOnCondition(String key, byte[] bytes, Consumer<PutObjectRequest.Builder> condition) {
        for (int attempt = 1; ; attempt++) {
            try {
                s3.putObject(b -> condition.accept(b.bucket(bucket).key(prefix + key)), RequestBody.fromBytes(bytes));
                return true;
            } catch (S3Exception e) {
                if (e.statusCode() == 412 || e instanceof NoSuchKeyException) {
                    return false;
                }
                if (e.statusCode() == 409) {
                    if (attempt == IN_FLIGHT_ATTEMPTS) {
                        return false;
                    }
                    Backoff.pause(attempt);
                    continue;
                }
                throw failure("write", key, e);
            } catch (SdkException e) {
                throw failure("write", key, e);
            }
        }
    }

    @Override
    public List<String> list(String keyPrefix) {
        try {
            return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix + keyPrefix))
                    .contents().stream()
                    .map(S3Object::key)
                    .map(k -> k.substring(prefix.length()))
                    .sorted()
                    .toList();
        } catch (SdkException e) {
            throw failure("list", keyPrefix, e);
        }
    }

    @Override
    public String uri() {
        return "s3://" + bucket + "/" + (prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1));
    }

    private StoreException failure(String action, String key, SdkException e) {
        return new StoreException("cannot " + action + " " + uri() + "/" + key + ": " + e.getMessage(), e);
    }
}
