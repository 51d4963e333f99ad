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
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered versions of one model and the aliases pointing at them, kept in an
 * {@link ObjectStorage}. Layout: {@code versions/000007/{manifest.json,model.tribuo,…}} and
 * {@code aliases/live.json}. A version is complete once its manifest exists; it is written last.
 * Jobs may keep small records of their own beside them ({@code retrain/latest.json}).
 *
 * <p>Both kinds of write that concurrent writers race on are compare-and-set in the storage: a
 * version number is claimed by creating {@code versions/N/.claim} only if absent, and an alias moves
 * by replacing its record only if it is still the revision the move read. So parallel publishers get
 * distinct numbers, and of two writers moving one alias one wins and the other gets an
 * {@link AliasConflictException}: a move is never overwritten unseen, so the alias's history has
 * every move (the last 50 of them).
 */
public final class ModelStore {
    private static final Pattern VERSION_KEY = Pattern.compile("versions/(\\d{6})/(.+)");
    private static final Pattern ALIAS_NAME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final Pattern RECORD_KEY = Pattern.compile("([a-z][a-z0-9_-]*/)+[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int HISTORY_KEPT = 50;
    private static final String CLAIM = ".claim";
    private static final int CLAIM_ATTEMPTS = 100;

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
        int version = claimVersion();
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
        // The manifest and the files every bundle usually has, in one parallel round.
        List<String> usual = List.of(ModelBundle.MANIFEST_FILE, ModelBundle.MODEL_FILE,
                ModelBundle.VOCABULARY_FILE, ModelBundle.WEIGHTS_FILE);
        Map<String, Optional<byte[]>> fetched = ParallelFetch.get(storage,
                usual.stream().map(name -> key(version, name)).toList());
        byte[] manifest = fetched.get(key(version, ModelBundle.MANIFEST_FILE))
                .orElseThrow(() -> new StoreException("no version " + version + " in " + uri()
                        + " (versions: " + versions() + ")"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ModelBundle.MANIFEST_FILE, manifest);
        for (String name : ModelBundle.listedFiles(manifest, where)) {
            String key = key(version, name);
            Optional<byte[]> bytes = fetched.containsKey(key) ? fetched.get(key) : storage.get(key);
            bytes.ifPresent(b -> files.put(name, b));
        }
        return ModelBundle.fromFiles(files, where);
    }

    /** Loads the version an alias points at, or the version a number names. */
    public ModelBundle load(String aliasOrVersion) {
        return load(resolve(aliasOrVersion));
    }

    public int resolve(String aliasOrVersion) {
        if (!aliasOrVersion.isEmpty() && aliasOrVersion.chars().allMatch(Character::isDigit)) {
            try {
                return Integer.parseInt(aliasOrVersion);
            } catch (NumberFormatException tooLarge) {
                throw new StoreException("no version " + aliasOrVersion + " in " + uri()
                        + " (versions: " + versions() + ")", tooLarge);
            }
        }
        return alias(aliasOrVersion)
                .orElseThrow(() -> new StoreException("no alias '" + aliasOrVersion + "' in " + uri()
                        + " (aliases: " + aliases().keySet() + ")"))
                .version();
    }

    /** The alias record, if the alias exists. */
    public Optional<AliasRecord> alias(String name) {
        return storage.get(aliasKey(name)).map(bytes -> parseAlias(name, bytes));
    }

    private AliasRecord parseAlias(String name, byte[] bytes) {
        try {
            return Json.mapper().readValue(bytes, AliasRecord.class);
        } catch (IOException e) {
            throw new StoreException("unreadable alias '" + name + "' in " + uri(), e);
        }
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

    /**
     * Points the alias at a version, replacing the record it has now (read just before). One
     * conditional object write, so readers see the old or the new target, and a move by someone else
     * in between is never overwritten: this move fails with {@link AliasConflictException} instead.
     */
    public AliasRecord moveAlias(String name, int version, String actor, String reason) {
        return move(name, version, actor, reason, current -> true);
    }

    /**
     * Points the alias at a version only if its record is still {@code expected} (empty: only if the
     * alias does not exist yet), for a move decided on what the caller read earlier — a gate that
     * compared with the live model, a rollback that checked where the alias points.
     *
     * @throws AliasConflictException when the alias is not (or no longer) as expected; nothing moves
     */
    public AliasRecord moveAlias(String name, int version, String actor, String reason,
            Optional<AliasRecord> expected) {
        return move(name, version, actor, reason, expected::equals);
    }

    private AliasRecord move(String name, int version, String actor, String reason,
            Predicate<Optional<AliasRecord>> expected) {
        if (!ALIAS_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("alias names are lower-case letters, digits, '-' or '_': " + name);
        }
        if (manifest(version).isEmpty()) {
            throw new StoreException("cannot point alias '" + name + "' at version " + version
                    + ": no such version in " + uri());
        }
        Optional<ObjectStorage.Revision> revision = storage.read(aliasKey(name));
        Optional<AliasRecord> current = revision.map(r -> parseAlias(name, r.bytes()));
        if (!expected.test(current)) {
            throw new AliasConflictException(name, version, current);
        }
        AliasRecord record = nextRecord(name, version, actor, reason, current);
        byte[] bytes = toJson(record);
        boolean written = revision.isPresent()
                ? storage.replaceIf(aliasKey(name), revision.get().tag(), bytes)
                : storage.putIfAbsent(aliasKey(name), bytes);
        if (!written) {
            throw new AliasConflictException(name, version, alias(name));
        }
        return record;
    }

    private AliasRecord nextRecord(String name, int version, String actor, String reason,
            Optional<AliasRecord> current) {
        List<AliasRecord.AliasMove> history = new ArrayList<>();
        current.ifPresent(previous -> {
            history.add(previous.asMove());
            history.addAll(previous.history());
        });
        return new AliasRecord(name, version, clock.instant(), actor, reason,
                history.subList(0, Math.min(history.size(), HISTORY_KEPT)));
    }

    private static byte[] toJson(AliasRecord record) {
        try {
            return Json.mapper().writeValueAsBytes(record);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("alias record cannot be written as JSON", e);
        }
    }

    /**
     * Points the alias back at the version it pointed at before its last move. The target comes from
     * the record read here, and the move happens only if that record is still current.
     */
    public AliasRecord rollbackAlias(String name, String actor, String reason) {
        AliasRecord current = alias(name)
                .orElseThrow(() -> new StoreException("no alias '" + name + "' in " + uri()));
        AliasRecord.AliasMove previous = current.history().stream()
                .filter(move -> move.version() != current.version())
                .findFirst()
                .orElseThrow(() -> new StoreException("alias '" + name + "' has no earlier version to roll back to"));
        return moveAlias(name, previous.version(), actor, reason, Optional.of(current));
    }

    /**
     * Writes a small record of a job's own ({@code retrain/latest.json}), replacing any record under
     * that key atomically for readers. Keys name a folder and a file; {@code versions/} and
     * {@code aliases/} belong to the store and are refused.
     */
    public void putRecord(String key, byte[] bytes) {
        storage.put(checkRecordKey(key), bytes);
    }

    /** The record under the key, if one was written. */
    public Optional<byte[]> record(String key) {
        return storage.get(checkRecordKey(key));
    }

    private static String checkRecordKey(String key) {
        if (!RECORD_KEY.matcher(key).matches() || key.contains("..") || key.startsWith("versions/")
                || key.startsWith("aliases/")) {
            throw new IllegalArgumentException("a record key is folder/file.json outside versions/ and aliases/, e.g."
                    + " retrain/latest.json; was '" + key + "'");
        }
        return key;
    }

    /**
     * Claims the next free version number by creating {@code versions/N/.claim} only if absent (S3:
     * {@code If-None-Match: *}); whoever loses a number to another publisher tries the next one. A
     * claimed number is never reused, even when its publisher dies before writing the manifest.
     */
    private int claimVersion() {
        int version = highestVersion() + 1;
        for (int attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++, version++) {
            if (storage.putIfAbsent(key(version, CLAIM), new byte[0])) {
                return version;
            }
        }
        throw new StoreException("could not claim a version number in " + uri() + " after " + CLAIM_ATTEMPTS
                + " attempts: too many publishers at once?");
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
