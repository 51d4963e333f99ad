package io.sentio.training.data;

import io.sentio.core.store.S3Location;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The objects under an S3 prefix as an {@link InputTree}; "directories" are key prefixes ending in '/'. */
final class S3Tree implements InputTree {
    private final S3Client s3;
    private final String location;
    private final String bucket;
    private final String prefix;

    S3Tree(S3Client s3, String location, S3Location root) {
        this.s3 = s3;
        this.location = location;
        this.bucket = root.bucket();
        this.prefix = root.key().isEmpty() ? "" : root.key() + "/";
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public boolean hasDirectory(String relativeDir) {
        String dirPrefix = dirPrefix(relativeDir);
        try {
            return s3.listObjectsV2(b -> b.bucket(bucket).prefix(dirPrefix).maxKeys(1)).keyCount() > 0;
        } catch (SdkException e) {
            throw InputOpener.s3Failure("s3://" + bucket + "/" + dirPrefix, e);
        }
    }

    @Override
    public List<String> files(String relativeDir) {
        String dirPrefix = dirPrefix(relativeDir);
        try {
            return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(dirPrefix).delimiter("/"))
                    .contents().stream()
                    .map(S3Object::key)
                    .map(key -> key.substring(dirPrefix.length()))
                    .filter(name -> !name.isEmpty())
                    .sorted()
                    .toList();
        } catch (SdkException e) {
            throw InputOpener.s3Failure("s3://" + bucket + "/" + dirPrefix, e);
        }
    }

    @Override
    public InputStream open(String relativePath) {
        String name = location + "/" + relativePath;
        return InputOpener.decompressedOrClose(get(s3, new S3Location(bucket, prefix + relativePath), name), name);
    }

    private String dirPrefix(String relativeDir) {
        return relativeDir.isEmpty() ? prefix : prefix + relativeDir + "/";
    }

    static boolean objectExists(S3Client s3, S3Location object) {
        try {
            s3.headObject(b -> b.bucket(object.bucket()).key(object.key()));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw InputOpener.s3Failure("s3://" + object.bucket() + "/" + object.key(), e);
        } catch (SdkException e) {
            throw InputOpener.s3Failure("s3://" + object.bucket() + "/" + object.key(), e);
        }
    }

    static InputStream get(S3Client s3, S3Location object, String location) {
        try {
            return new AbortOnEarlyClose(s3.getObject(b -> b.bucket(object.bucket()).key(object.key())));
        } catch (SdkException e) {
            throw InputOpener.s3Failure(location, e);
        }
    }

    /**
     * Closing an S3 response before its end makes some HTTP clients drain the rest (a whole data
     * set, when only the header was wanted); aborting drops the connection instead.
     */
    private static final class AbortOnEarlyClose extends FilterInputStream {
        private final ResponseInputStream<GetObjectResponse> response;
        private boolean ended;

        AbortOnEarlyClose(ResponseInputStream<GetObjectResponse> response) {
            super(response);
            this.response = response;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            ended |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            ended |= n < 0;
            return n;
        }

        @Override
        public void close() throws IOException {
            if (!ended) {
                response.abort();
            }
            super.close();
        }
    }
}
