package io.sentio.training.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The aclImdb tree packed as a tar (gzip or not), read sequentially in one pass and never
 * extracted to disk. The label and official split come from each file's directory. Whether all
 * of train/test × pos/neg are there is only known at the end of the archive, so a missing one
 * fails the read after the rows before it were offered.
 */
final class AclImdbTarSource implements DataSource {
    /** How far into an archive the layout check looks for a review file before giving up. */
    static final int PROBE_ENTRIES = 1000;

    private final InputOpener opener;
    private final String location;

    AclImdbTarSource(InputOpener opener, String location) {
        this.opener = opener;
        this.location = location;
    }

    @Override
    public String layout() {
        return "aclImdb tar archive (label from pos/neg, official split from train/test)";
    }

    @Override
    public String format() {
        return LoadOptions.ACLIMDB;
    }

    /**
     * Checks that the archive in {@code in} looks like aclImdb: a review file under
     * {@code train|test/pos|neg/} among its first entries.
     */
    static void probe(InputStream in, String location) {
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        try {
            int seen = 0;
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null && seen < PROBE_ENTRIES; entry = tar.getNextEntry()) {
                seen++;
                if (entry.isFile() && AclImdbPath.of(entry.getName()).isPresent()) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new DataFormatException("cannot read the tar archive " + location + ": " + e.getMessage(), e);
        }
        throw new DataFormatException("not an aclImdb archive: " + location
                + " has no train|test/pos|neg/<id>_<rating>.txt files among its first " + PROBE_ENTRIES + " entries");
    }

    @Override
    public ReadSummary read(RowSink sink) {
        Set<String> directoriesSeen = new LinkedHashSet<>();
        try (HashingInputStream bytes = new HashingInputStream(opener.open(location));
             TarArchiveInputStream tar = new TarArchiveInputStream(bytes)) {
            long rows = 0;
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Optional<AclImdbPath> path = AclImdbPath.of(entry.getName());
                if (entry.isFile() && path.isPresent()) {
                    rows++;
                    directoriesSeen.add(path.get().directory());
                    path.get().offer(sink, new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            String sha256 = bytes.drainAndHash();
            AclImdbPath.REVIEW_DIRECTORIES.stream().filter(dir -> !directoriesSeen.contains(dir)).findFirst()
                    .ifPresent(dir -> {
                        throw new DataFormatException("not an aclImdb archive: " + location + " has no " + dir + " reviews");
                    });
            return new ReadSummary(rows, sha256);
        } catch (IOException | UncheckedIOException e) {
            throw new DataFormatException("cannot read the tar archive " + location + ": " + e.getMessage(), e);
        }
    }
}
