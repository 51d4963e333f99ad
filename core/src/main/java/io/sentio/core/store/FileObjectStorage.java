package io.sentio.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A store in a local directory ({@code file:///srv/models/reviews}).
 *
 * <p>Every write lands by a rename of a complete file, so readers never see a half-written object.
 * The conditional writes use only operations the file system performs atomically for all processes
 * on the machine (no locks held in memory, so threads and processes are alike):
 * <ul>
 * <li>{@link #putIfAbsent}: the object is written aside, then hard-linked to its key; the link is
 *     refused when something is there, so of two creators exactly one wins.</li>
 * <li>{@link #replaceIf}: the new bytes are written to a lock file beside the key, created only if
 *     absent ({@code .lock-live.json}); its creator alone may compare the current object with the
 *     tag and then renames the lock file over the key (or removes it when the tag no longer
 *     matches). Git updates its refs the same way. Another writer waits while the lock exists
 *     (milliseconds); a lock still there after the wait was left by a writer that died half-way, and
 *     the error names the file to remove.</li>
 * </ul>
 * A plain {@link #put} takes no lock: the model store never uses it on a key it writes conditionally.
 */
public final class FileObjectStorage implements ObjectStorage {
    private static final String TEMP_PREFIX = ".tmp-";
    private static final String LOCK_PREFIX = ".lock-";
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private final Path root;
    private final Duration lockWait;

    public FileObjectStorage(Path root) {
        this(root, LOCK_WAIT);
    }

    /** @param lockWait how long a conditional replace waits for another writer's lock on its key */
    FileObjectStorage(Path root, Duration lockWait) {
        this.root = root.toAbsolutePath().normalize();
        this.lockWait = lockWait;
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("cannot read " + key + " from " + uri() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Revision> read(String key) {
        return get(key).map(bytes -> new Revision(bytes, tag(bytes)));
    }

    @Override
    public void put(String key, byte[] bytes) {
        Path target = resolve(key);
        try {
            Path temp = writeAside(target, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("cannot write " + key + " to " + uri() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean putIfAbsent(String key, byte[] bytes) {
        Path target = resolve(key);
        Path temp = null;
        try {
            temp = writeAside(target, bytes);
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException | UnsupportedOperationException e) {
            throw new StoreException("cannot write " + key + " to " + uri() + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public boolean replaceIf(String key, String tag, byte[] bytes) {
        Path target = resolve(key);
        if (!Files.isDirectory(target.getParent())) {
            return false;
        }
        Path lock = target.resolveSibling(LOCK_PREFIX + target.getFileName());
        lock(key, lock, bytes);
        boolean replaced = false;
        try {
            Optional<byte[]> current = get(key);
            if (current.isEmpty() || !tag(current.get()).equals(tag)) {
                return false;
            }
            Files.move(lock, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            replaced = true;
            return true;
        } catch (IOException e) {
            throw new StoreException("cannot write " + key + " to " + uri() + ": " + e.getMessage(), e);
        } finally {
            if (!replaced) {
                deleteQuietly(lock);
            }
        }
    }

    /** Creates the lock file holding the new bytes, waiting while another writer holds it. */
    private void lock(String key, Path lock, byte[] bytes) {
        long deadline = System.nanoTime() + lockWait.toNanos();
        for (int attempt = 1; ; attempt++) {
            OutputStream out;
            try {
                out = Files.newOutputStream(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException held) {
                if (System.nanoTime() - deadline > 0) {
                    throw new StoreException("cannot write " + key + " to " + uri() + ": " + lock
                            + " has been there for over " + lockWait.toSeconds() + " s; a writer that died while"
                            + " replacing the object leaves it behind: remove it if nothing is writing to the store");
                }
                Backoff.pause(attempt);
                continue;
            } catch (IOException e) {
                throw new StoreException("cannot write " + key + " to " + uri() + ": " + e.getMessage(), e);
            }
            try (out) {
                out.write(bytes);
                return;
            } catch (IOException e) {
                deleteQuietly(lock);
                throw new StoreException("cannot write " + key + " to " + uri() + ": " + e.getMessage(), e);
            }
        }
    }

    /** A complete copy of the bytes in a new temporary file beside the target. */
    private static Path writeAside(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, ".part");
        try {
            Files.write(temp, bytes);
            return temp;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file is hidden from listings; nothing depends on its removal.
        }
    }

    private static String tag(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public List<String> list(String prefix) {
        // Walk only the directory the prefix names ("versions/000003/" → versions/000003).
        Path start = resolve(prefix.substring(0, prefix.lastIndexOf('/') + 1));
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String key = root.relativize(file).toString().replace('\\', '/');
                    if (attrs.isRegularFile() && key.startsWith(prefix) && !isWorkFile(file)) {
                        keys.add(key);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        // Another writer's temporary or lock file, renamed or removed while we listed.
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new StoreException("cannot list " + uri() + ": " + e.getMessage(), e);
        }
        keys.sort(null);
        return keys;
    }

    /** A write in progress (a temporary or lock file), not an object. */
    private static boolean isWorkFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(TEMP_PREFIX) || name.startsWith(LOCK_PREFIX);
    }

    @Override
    public String uri() {
        return root.toUri().toString();
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new StoreException("key escapes the store: " + key);
        }
        return path;
    }
}
