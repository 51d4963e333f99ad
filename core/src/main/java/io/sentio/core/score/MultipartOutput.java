package io.sentio.core.score;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * An S3 object streamed up in parts of {@link #PART_BYTES}: nothing is visible under its key until
 * {@link #commit()} completes the multipart upload (or, for an object smaller than one part, puts it
 * whole); {@link #close()} without a commit aborts the upload, so an interrupted part leaves nothing.
 * Memory is one part's buffer, whatever the object's size, and no local disk is used (a Lambda with
 * SnapStart has 512 MB of /tmp).
 */
final class MultipartOutput implements Location.Pending {
    /** S3's minimum part size is 5 MiB; 8 MiB keeps a 10,000-part upload able to hold 80 GB. */
    static final int PART_BYTES = 8 << 20;
    private static final String CONTENT_TYPE = "application/x-ndjson";

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String uri;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(PART_BYTES);
    private final List<CompletedPart> parts = new ArrayList<>();
    private Optional<String> uploadId = Optional.empty();
    private final OutputStream stream = new OutputStream() {
        @Override
        public void write(int b) {
            buffer.write(b);
            uploadIfFull();
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.write(bytes, offset, length);
            uploadIfFull();
        }

        /** Closing the stream (a gzip wrapper does) neither publishes nor drops the object. */
        @Override
        public void close() {
        }
    };
    private boolean committed;

    MultipartOutput(S3Client s3, String bucket, String key, String uri) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.uri = uri;
    }

    @Override
    public OutputStream stream() {
        return stream;
    }

    @Override
    public void commit() {
        try {
            if (uploadId.isEmpty()) {
                s3.putObject(b -> b.bucket(bucket).key(key).contentType(CONTENT_TYPE),
                        RequestBody.fromBytes(buffer.toByteArray()));
            } else {
                if (buffer.size() > 0) {
                    uploadPart();
                }
                s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId.get())
                        .multipartUpload(m -> m.parts(parts)));
            }
            committed = true;
        } catch (SdkException e) {
            throw S3Prefix.failure("cannot write", uri, e);
        }
    }

    /** Drops the upload unless committed. */
    @Override
    public void close() {
        if (committed || uploadId.isEmpty()) {
            return;
        }
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId.get()));
        } catch (SdkException ignored) {
            // an unfinished upload is invisible, and the bucket's lifecycle rule can expire it
        }
        uploadId = Optional.empty();
    }

    private void uploadIfFull() {
        if (buffer.size() >= PART_BYTES) {
            uploadPart();
        }
    }

    private void uploadPart() {
        try {
            if (uploadId.isEmpty()) {
                uploadId = Optional.of(s3.createMultipartUpload(b -> b.bucket(bucket).key(key)
                        .contentType(CONTENT_TYPE)).uploadId());
            }
            int number = parts.size() + 1;
            String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId.get()).partNumber(number),
                    RequestBody.fromBytes(buffer.toByteArray())).eTag();
            parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            buffer.reset();
        } catch (SdkException e) {
            throw S3Prefix.failure("cannot write", uri, e);
        }
    }
}
