package io.sentio.core.score;

import io.sentio.core.store.LocalPaths;
import io.sentio.core.store.S3Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Turns {@code --data} and {@code --out} into locations: a local file or directory, an S3 object or
 * prefix. A directory or prefix in gives a prefix out; so does an output ending in '/' or naming an
 * existing directory. The S3 client is made on first S3 use only.
 */
public final class Locations {
    private final Supplier<S3Client> s3Supplier;
    private S3Client s3;

    public Locations(Supplier<S3Client> s3) {
        this.s3Supplier = s3;
    }

    /** An input: where its parts are, and which. {@code prefix} is false for a single file. */
    public record Input(Location location, List<String> parts, boolean prefix) {
        public Input {
            parts = List.copyOf(parts);
        }
    }

    /** An output: the location and, for a single file, its name there. */
    public record Output(Location location, String name, boolean prefix) {
    }

    public Input input(String uri) {
        if (S3Location.isS3(uri)) {
            return s3Input(uri);
        }
        Path path = LocalPaths.fromUriOrPath(uri);
        if (Files.isDirectory(path)) {
            return nonEmpty(uri, new Input(new LocalDirectory(path), new LocalDirectory(path).parts(), true));
        }
        if (!Files.exists(path)) {
            throw new ScoreException("no such file or directory: " + uri);
        }
        if (!Files.isReadable(path)) {
            throw new ScoreException("cannot read " + uri + ": permission denied");
        }
        Path absolute = path.toAbsolutePath();
        return new Input(new LocalDirectory(absolute.getParent()), List.of(absolute.getFileName().toString()), false);
    }

    /**
     * Refuses an output inside the input or the other way round: a rerun would read earlier results
     * as parts, or a part would be overwritten by its own results.
     */
    public static void requireApart(String input, String output) {
        String in = normalised(input);
        String out = normalised(output);
        if (in.startsWith(out) || out.startsWith(in)) {
            throw new ScoreException("the output " + output + " and the input " + input
                    + " must not contain one another");
        }
    }

    private static String normalised(String uri) {
        if (S3Location.isS3(uri)) {
            S3Location at = S3Location.parse(uri);
            return "s3://" + at.bucket() + "/" + (at.key().isEmpty() ? "" : at.key() + "/");
        }
        return LocalPaths.fromUriOrPath(uri).toAbsolutePath().normalize() + "/";
    }

    public Output output(String uri, boolean prefix) {
        boolean asPrefix = prefix || uri.endsWith("/");
        if (S3Location.isS3(uri)) {
            S3Location at = parse(uri);
            if (asPrefix || at.key().isEmpty()) {
                return new Output(new S3Prefix(s3(), at.bucket(), at.key()), "", true);
            }
            int slash = at.key().lastIndexOf('/');
            return new Output(new S3Prefix(s3(), at.bucket(), slash < 0 ? "" : at.key().substring(0, slash)),
                    at.key().substring(slash + 1), false);
        }
        Path path = LocalPaths.fromUriOrPath(uri).toAbsolutePath();
        if (asPrefix || Files.isDirectory(path)) {
            return new Output(new LocalDirectory(path), "", true);
        }
        return new Output(new LocalDirectory(path.getParent()), path.getFileName().toString(), false);
    }

    private Input s3Input(String uri) {
        S3Location at = parse(uri);
        S3Prefix prefix = new S3Prefix(s3(), at.bucket(), at.key());
        if (at.key().isEmpty() || uri.endsWith("/")) {
            return nonEmpty(uri, new Input(prefix, prefix.parts(), true));
        }
        int slash = at.key().lastIndexOf('/');
        S3Prefix parent = new S3Prefix(s3(), at.bucket(), slash < 0 ? "" : at.key().substring(0, slash));
        String name = at.key().substring(slash + 1);
        if (parent.exists(name)) {
            return new Input(parent, List.of(name), false);
        }
        if (prefix.hasAny()) {
            return nonEmpty(uri, new Input(prefix, prefix.parts(), true));
        }
        throw new ScoreException("no such S3 object or prefix: " + uri);
    }

    private static Input nonEmpty(String uri, Input input) {
        if (input.parts().isEmpty()) {
            throw new ScoreException("no input parts in " + uri + " (names starting with '_' or '.' are not parts)");
        }
        return input;
    }

    private static S3Location parse(String uri) {
        try {
            return S3Location.parse(uri);
        } catch (IllegalArgumentException e) {
            throw new ScoreException(e.getMessage(), e);
        }
    }

    private synchronized S3Client s3() {
        if (s3 == null) {
            s3 = s3Supplier.get();
        }
        return s3;
    }
}
