package io.sentio.core.store;

import io.sentio.core.json.Json;
import io.sentio.core.model.Manifest;
import io.sentio.core.model.ModelBundle;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered versions of one model and the aliases pointing at them, kept in an
 * {@link ObjectStorage}. Layout: {@code versions/000007/{manifest.json,model.tribuo,…}} and
 * {@code aliases/live.json}. A version is complete once its manifest exists; it is written last.
 */
public final class ModelStore {
    private static final Pattern VERSION_KEY = Pattern.compile("versions/(\\d{6})/(.+)");
    private static final Pattern ALIAS_NAME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final int HISTORY_KEPT = 50;

    private final ObjectStorage storage;
    private final Clock clock;

    public ModelStore(ObjectStorage storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
    }

    public String uri() {
        return storage.uri();
    }

    /** Stores the bundle as the next version and returns that version's number. */
    public int publish(ModelBundle bundle) {
        bundle.verify();
        int version = highestVersion() + 1;
        // Claim the number first, so two publishers never write into the same version.
        while (!storage.putIfAbsent(key(version, ".claim"), new byte[0])) {
            version++;
        }
        ModelBundle published = bundle.withManifest(bundle.manifest().withVersion(Integer.toString(version)));
        for (Map.Entry<String, byte[]> file : published.files().entrySet()) {
            storage.put(key(version, file.getKey()), file.getValue());
        }
        storage.put(key(version, ModelBundle.MANIFEST_FILE), published.manifestBytes());
        return version;
    }

    /** Complete versions, oldest first. */
    public List<Integer> versions() {
        List<Integer> versions = new ArrayList<>();
        for (String key : storage.list("versions/")) {
            Matcher m = VERSION_KEY.matcher(key);
            if (m.matches() && m.group(2).equals(ModelBundle.MANIFEST_FILE)) {
                versions.add(Integer.parseInt(m.group(1)));
            }
        }
        return versions;
    }

    public Optional<Manifest> manifest(int version) {
        return storage.get(key(version, ModelBundle.MANIFEST_FILE)).map(bytes -> {
            try {
                return Json.mapper().readValue(bytes, Manifest.class);
            } catch (IOException e) {
                throw new StoreException("unreadable manifest of version " + version + " in " + uri(), e);
            }
        });
    }

    public ModelBundle load(int version) {
        String where = uri() + "@" + version;
        byte[] manifest = storage.get(key(version, ModelBundle.MANIFEST_FILE))
                .orElseThrow(() -> new StoreException("no version " + version + " in " + uri()
                        + " (versions: " + versions() + ")"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ModelBundle.MANIFEST_FILE, manifest);
        for (String name : ModelBundle.listedFiles(manifest, where)) {
            storage.get(key(version, name)).ifPresent(bytes -> files.put(name, bytes));
        }
        return ModelBundle.fromFiles(files, where);
    }

    /** Loads the version an alias points at, or the version a number names. */
    public ModelBundle load(String aliasOrVersion) {
        return load(resolve(aliasOrVersion));
    }

    public int resolve(String aliasOrVersion) {
        if (!aliasOrVersion.isEmpty() && aliasOrVersion.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(aliasOrVersion);
        }
        return alias(aliasOrVersion)
                .orElseThrow(() -> new StoreException("no alias '" + aliasOrVersion + "' in " + uri()
                        + " (aliases: " + aliases().keySet() + ")"))
                .version();
    }

    public Optional<AliasRecord> alias(String name) {
        return storage.get(aliasKey(name)).map(bytes -> {
            try {
                return Json.mapper().readValue(bytes, AliasRecord.class);
            } catch (IOException e) {
                throw new StoreException("unreadable alias '" + name + "' in " + uri(), e);
            }
        });
    }

    public Map<String, AliasRecord> aliases() {
        Map<String, AliasRecord> aliases = new TreeMap<>();
        for (String key : storage.list("aliases/")) {
            if (key.endsWith(".json")) {
                String name = key.substring("aliases/".length(), key.length() - ".json".length());
                alias(name).ifPresent(record -> aliases.put(name, record));
            }
        }
        return aliases;
    }

    /** Points the alias at a version. One object write, so readers see the old or the new target. */
    public AliasRecord moveAlias(String name, int version, String actor, String reason) {
        if (!ALIAS_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("alias names are lower-case letters, digits, '-' or '_': " + name);
        }
        if (manifest(version).isEmpty()) {
            throw new StoreException("cannot point alias '" + name + "' at version " + version
                    + ": no such version in " + uri());
        }
        List<AliasRecord.AliasMove> history = new ArrayList<>();
        alias(name).ifPresent(previous -> {
            history.add(previous.asMove());
            history.addAll(previous.history());
        });
        AliasRecord record = new AliasRecord(name, version, clock.instant(), actor, reason,
                history.subList(0, Math.min(history.size(), HISTORY_KEPT)));
        try {
            storage.put(aliasKey(name), Json.mapper().writeValueAsBytes(record));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("alias record cannot be written as JSON", e);
        }
        return record;
    }

    /** Points the alias back at the version it pointed at before its last move. */
    public AliasRecord rollbackAlias(String name, String actor, String reason) {
        AliasRecord current = alias(name)
                .orElseThrow(() -> new StoreException("no alias '" + name + "' in " + uri()));
        AliasRecord.AliasMove previous = current.history().stream()
                .filter(move -> move.version() != current.version())
                .findFirst()
                .orElseThrow(() -> new StoreException("alias '" + name + "' has no earlier version to roll back to"));
        return moveAlias(name, previous.version(), actor, reason);
    }

    private int highestVersion() {
        int highest = 0;
        for (String key : storage.list("versions/")) {
            Matcher m = VERSION_KEY.matcher(key);
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return highest;
    }

    private static String key(int version, String file) {
        return "versions/%06d/%s".formatted(version, file);
    }

    private static String aliasKey(String name) {
        return "aliases/" + name + ".json";
    }
}
