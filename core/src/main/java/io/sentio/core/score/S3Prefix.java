package io.sentio.core.score;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Parts under an S3 prefix (all keys below it). An output is streamed up as a multipart upload that
 * is completed only once the part is done (see {@link MultipartOutput}): an S3 object appears whole
 * or not at all, so an interrupted part leaves nothing under its name.
 *
 * @param prefix the key prefix without trailing slash; "" for the whole bucket
 */
public record S3Prefix(S3Client s3, String bucket, String prefix) implements Location {

    @Override
    public List<String> list(String under) {
        String start = keyPrefix();
        try {
            return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(start + under)).contents().stream()
                    .map(S3Object::key)
                    .filter(key -> !key.endsWith("/"))
                    .map(key -> key.substring(start.length()))
                    .sorted()
                    .toList();
        } catch (SdkException e) {
            throw failure("cannot list", uri(""), e);
        }
    }

    @Override
    public InputStream open(String name) {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key(name)));
        } catch (SdkException e) {
            throw failure("cannot read", uri(name), e);
        }
    }

    @Override
    public boolean exists(String name) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key(name)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw failure("cannot read", uri(name), e);
        } catch (SdkException e) {
            throw failure("cannot read", uri(name), e);
        }
    }

    @Override
    public long size(String name) {
        try {
            return s3.headObject(b -> b.bucket(bucket).key(key(name))).contentLength();
        } catch (SdkException e) {
            throw failure("cannot read", uri(name), e);
        }
    }

    /** Whether anything is stored below this prefix. */
    boolean hasAny() {
        try {
            return s3.listObjectsV2(b -> b.bucket(bucket).prefix(keyPrefix()).maxKeys(1)).keyCount() > 0;
        } catch (SdkException e) {
            throw failure("cannot list", uri(""), e);
        }
    }

    @Override
    public Pending create(String name) {
        return new MultipartOutput(s3, bucket, key(name), uri(name));
    }

    @Override
    public Optional<byte[]> read(String name) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key(name))).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw failure("cannot read", uri(name), e);
        }
    }

    @Override
    public void write(String name, byte[] bytes) {
        try {
            s3.putObject(b -> b.bucket(bucket).key(key(name)), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw failure("cannot write", uri(name), e);
        }
    }

    @Override
    public String uri(String name) {
        return "s3://" + bucket + "/" + key(name);
    }

    String key(String name) {
        return keyPrefix() + name;
    }

    private String keyPrefix() {
        return prefix.isEmpty() ? "" : prefix + "/";
    }

    static ScoreException failure(String what, String uri, SdkException e) {
        if (e instanceof NoSuchKeyException) {
            return new ScoreException("no such S3 object: " + uri, e);
        }
        if (e instanceof NoSuchBucketException) {
            return new ScoreException("no such S3 bucket: " + uri, e);
        }
        if (e instanceof S3Exception s3e && s3e.statusCode() == 403) {
            return new ScoreException(what + " " + uri + ": access denied", e);
        }
        return new ScoreException(what + " " + uri + ": " + e.getMessage(), e);
    }
}
