package io.sentio.core.score;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Parts in a local directory (and its sub-directories); outputs are renamed into place atomically. */
public record LocalDirectory(Path root) implements Location {

    @Override
    public List<String> list(String under) {
        Path start = root.resolve(under);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ScoreException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String name) {
        Path file = root.resolve(name);
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ScoreException("no such file: " + file, e);
        } catch (AccessDeniedException e) {
            throw new ScoreException("cannot read " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new ScoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String name) {
        return Files.isRegularFile(root.resolve(name));
    }

    @Override
    public long size(String name) {
        try {
            return Files.size(root.resolve(name));
        } catch (IOException e) {
            throw new ScoreException("cannot read " + root.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Pending create(String name) {
        Path target = root.resolve(name);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            return new RenamedFile(temporary, target);
        } catch (IOException e) {
            throw new ScoreException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<byte[]> read(String name) {
        Path file = root.resolve(name);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new ScoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(String name, byte[] bytes) {
        try (Pending pending = create(name)) {
            pending.stream().write(bytes);
            pending.commit();
        } catch (IOException e) {
            throw new ScoreException("cannot write " + uri(name) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String uri(String name) {
        return root.resolve(name).toString();
    }

    private static final class RenamedFile implements Pending {
        private final Path temporary;
        private final Path target;
        private final OutputStream stream;
        private boolean committed;

        RenamedFile(Path temporary, Path target) throws IOException {
            this.temporary = temporary;
            this.target = target;
            this.stream = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
        }

        @Override
        public OutputStream stream() {
            return stream;
        }

        @Override
        public void commit() {
            try {
                stream.close();
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                committed = true;
            } catch (IOException e) {
                throw new ScoreException("cannot write " + target + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (!committed) {
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // the bytes are dropped anyway
                }
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover ".name…tmp" is never taken for a part or an output
                }
            }
        }
    }
}
