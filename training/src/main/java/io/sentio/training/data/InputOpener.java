package io.sentio.training.data;

import io.sentio.core.io.GzipStreams;
import io.sentio.core.store.S3Clients;
import io.sentio.core.store.S3Location;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Opens a local path ({@code data/reviews.csv}, {@code file:///…}) or an {@code s3://bucket/key}
 * URI for reading. Gzip is undone transparently, recognised by its magic bytes rather than the
 * name, so {@code reviews.csv.gz}, {@code reviews.csv} holding gzip and plain files all work.
 * Every failure to find or read the input is a {@link DataFormatException} naming it.
 */
public final class InputOpener {

    private final Supplier<S3Client> s3Supplier;
    private S3Client s3; // created on first S3 use: local runs need no AWS settings at all

    /** @param s3 called once, on the first {@code s3://} location; the caller owns the client */
    public InputOpener(Supplier<S3Client> s3) {
        this.s3Supplier = s3;
    }

    /** S3 configured from the standard AWS environment, see {@link S3Clients#fromEnvironment()}. */
    public static InputOpener fromEnvironment() {
        return new InputOpener(S3Clients::fromEnvironment);
    }

    /** The bytes of the file at {@code location}, decompressed if gzip. The caller closes it. */
    public InputStream open(String location) {
        return S3Location.isS3(location) ? openS3(location) : openLocal(location);
    }

    /**
     * The directory at {@code location} (a local directory or an S3 prefix), or empty when it is
     * a single file.
     *
     * @throws DataFormatException when there is neither a file nor a directory there
     */
    Optional<InputTree> directory(String location) {
        if (!S3Location.isS3(location)) {
            Path path = localPath(location);
            if (Files.isDirectory(path)) {
                return Optional.of(new LocalTree(location, path));
            }
            if (!Files.exists(path)) {
                throw new DataFormatException("no such file or directory: " + location);
            }
            return Optional.empty();
        }
        S3Location s3Location = parseS3(location);
        S3Tree tree = new S3Tree(s3(), location, s3Location);
        if (s3Location.key().isEmpty() || location.endsWith("/")) {
            return Optional.of(tree);
        }
        if (S3Tree.objectExists(s3(), s3Location)) {
            return Optional.empty();
        }
        if (tree.hasDirectory("")) {
            return Optional.of(tree);
        }
        throw new DataFormatException("no such S3 object or prefix: " + location);
    }


    private InputStream openLocal(String location) {
        Path path = localPath(location);
        if (Files.isDirectory(path)) {
            throw new DataFormatException(location + " is a directory; expected a file");
        }
        InputStream raw;
        try {
            raw = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new DataFormatException("no such file: " + location, e);
        } catch (AccessDeniedException e) {
            throw new DataFormatException("cannot read " + location + ": permission denied", e);
        } catch (IOException e) {
            throw new DataFormatException("cannot read " + location + ": " + e.getMessage(), e);
        }
        return decompressedOrClose(raw, location);
    }

    private InputStream openS3(String location) {
        S3Location s3Location = parseS3(location);
        if (s3Location.key().isEmpty()) {
            throw new DataFormatException(location + " names a bucket; expected an object (s3://bucket/key)");
        }
        return decompressedOrClose(S3Tree.get(s3(), s3Location, location), location);
    }

    static InputStream decompressedOrClose(InputStream raw, String location) {
        try {
            return GzipStreams.decompressIfGzipped(raw);
        } catch (IOException e) {
            try {
                raw.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new DataFormatException("cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    static DataFormatException s3Failure(String location, SdkException e) {
        if (e instanceof NoSuchKeyException) {
            return new DataFormatException("no such S3 object: " + location, e);
        }
        if (e instanceof NoSuchBucketException) {
            return new DataFormatException("no such S3 bucket: " + location, e);
        }
        if (e instanceof S3Exception s3e && s3e.statusCode() == 403) {
            return new DataFormatException("cannot read " + location + ": access denied", e);
        }
        return new DataFormatException("cannot read " + location + ": " + e.getMessage(), e);
    }

    private static Path localPath(String location) {
        return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
    }

    private static S3Location parseS3(String location) {
        try {
            return S3Location.parse(location);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(e.getMessage(), e);
        }
    }

    private synchronized S3Client s3() {
        if (s3 == null) {
            s3 = s3Supplier.get();
        }
        return s3;
    }
}
