package io.sentio.training.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A local directory as an {@link InputTree}. */
record LocalTree(String location, Path root) implements InputTree {

    @Override
    public boolean hasDirectory(String relativeDir) {
        return Files.isDirectory(root.resolve(relativeDir));
    }

    @Override
    public List<String> files(String relativeDir) {
        try (Stream<Path> children = Files.list(root.resolve(relativeDir))) {
            return children.filter(Files::isRegularFile)
                    .map(path -> path.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new DataFormatException("cannot list " + location + "/" + relativeDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String relativePath) {
        String name = location + "/" + relativePath;
        try {
            return InputOpener.decompressedOrClose(Files.newInputStream(root.resolve(relativePath)), name);
        } catch (IOException e) {
            throw new DataFormatException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
