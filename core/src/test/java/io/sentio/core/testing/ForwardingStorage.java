package io.sentio.core.testing;

import io.sentio.core.store.ObjectStorage;
import java.util.List;
import java.util.Optional;

/**
 * A storage passing every call to another: tests override a method to step into the middle of a
 * store operation (someone else's move landing between a read and the write based on it).
 */
public abstract class ForwardingStorage implements ObjectStorage {
    private final ObjectStorage inner;

    protected ForwardingStorage(ObjectStorage inner) {
        this.inner = inner;
    }

    @Override
    public Optional<byte[]> get(String key) {
        return inner.get(key);
    }

    @Override
    public Optional<Revision> read(String key) {
        return inner.read(key);
    }

    @Override
    public void put(String key, byte[] bytes) {
        inner.put(key, bytes);
    }

    @Override
    public boolean putIfAbsent(String key, byte[] bytes) {
        return inner.putIfAbsent(key, bytes);
    }

    @Override
    public boolean replaceIf(String key, String tag, byte[] bytes) {
        return inner.replaceIf(key, tag, bytes);
    }

    @Override
    public List<String> list(String prefix) {
        return inner.list(prefix);
    }

    @Override
    public String uri() {
        return inner.uri();
    }
}
