package io.sentio.training.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** A miniature aclImdb tree, written as a directory or packed as a tar, for the aclImdb layout tests. */
final class AclImdbTrees {
    /** Path under the tree root → contents: 7 files in review directories, 3 that are not reviews. */
    static final Map<String, String> MINI = new TreeMap<>(Map.of(
            "README", "Large Movie Review Dataset v1.0",
            "train/urls_pos.txt", "http://www.imdb.com/title/tt0000001/usercomments",
            "train/unsup/4_0.txt", "Unlabelled, never read.",
            "train/pos/1_9.txt", "Great film.<br /><br />Loved it.",
            "train/pos/2_10.txt", "  Masterpiece  \n",
            "train/neg/3_2.txt", "Dull.",
            "train/neg/notes.txt", "not a review file name",
            "test/pos/5_8.txt", "Fun, with accents: café.",
            "test/neg/6_1.txt", "Awful",
            "test/neg/7_4.txt", "   "));

    private AclImdbTrees() {
    }

    static Path writeDirectory(Path root, Map<String, String> files) {
        files.forEach((name, text) -> {
            try {
                Path file = root.resolve(name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return root;
    }

    /** Packs {@code files} under {@code aclImdb/}, gzipped or not, like the real archive. */
    static Path writeTar(Path target, Map<String, String> files, boolean gzip) {
        try (OutputStream file = Files.newOutputStream(target);
             OutputStream out = gzip ? new GZIPOutputStream(file) : file;
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (Map.Entry<String, String> entry : files.entrySet()) {
                byte[] bytes = entry.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry tarEntry = new TarArchiveEntry("aclImdb/" + entry.getKey());
                tarEntry.setSize(bytes.length);
                tar.putArchiveEntry(tarEntry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
            tar.finish();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> without(String directory) {
        Map<String, String> files = new TreeMap<>(MINI);
        files.keySet().removeIf(name -> name.startsWith(directory + "/"));
        return files;
    }

    static List<Path> list(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.toList();
        }
    }
}
