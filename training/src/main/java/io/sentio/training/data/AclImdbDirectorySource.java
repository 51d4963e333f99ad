package io.sentio.training.data;

import io.sentio.core.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The aclImdb tree as a directory (local, or objects under an S3 prefix): {@code
 * train|test/pos|neg/<id>_<rating>.txt}. Only those four directories are listed, so {@code unsup/}
 * (50,000 unlabelled files), the urls files and README are never even looked at.
 *
 * <p>The sha256 covers each file's relative path and bytes in reading order: the path carries the
 * label, so moving a review from neg to pos must change the data's identity.
 */
final class AclImdbDirectorySource implements DataSource {
    private final InputTree tree;

    private AclImdbDirectorySource(InputTree tree) {
        this.tree = tree;
    }

    /** @throws DataFormatException "not an aclImdb directory: missing train/neg", and so on */
    static AclImdbDirectorySource of(InputTree tree) {
        AclImdbPath.REVIEW_DIRECTORIES.stream().filter(dir -> !tree.hasDirectory(dir)).findFirst()
                .ifPresent(dir -> {
                    throw new DataFormatException("not an aclImdb directory: missing " + dir + " in " + tree.location());
                });
        return new AclImdbDirectorySource(tree);
    }

    @Override
    public String layout() {
        return "aclImdb directory (label from pos/neg, official split from train/test)";
    }

    @Override
    public String format() {
        return LoadOptions.ACLIMDB;
    }

    @Override
    public ReadSummary read(RowSink sink) {
        MessageDigest digest = Sha256.digest();
        long rows = 0;
        for (String directory : AclImdbPath.REVIEW_DIRECTORIES) {
            for (String name : tree.files(directory)) {
                String relative = directory + "/" + name;
                AclImdbPath path = AclImdbPath.of(relative).orElseThrow();
                rows++;
                byte[] bytes = path.hasReviewFileName() ? contents(relative) : new byte[0];
                digest.update(relative.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                path.offer(sink, new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return new ReadSummary(rows, HexFormat.of().formatHex(digest.digest()));
    }

    private byte[] contents(String relative) {
        try (InputStream in = tree.open(relative)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DataFormatException("cannot read " + tree.location() + "/" + relative + ": " + e.getMessage(), e);
        }
    }
}
