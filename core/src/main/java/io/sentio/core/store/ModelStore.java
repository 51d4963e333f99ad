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
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered versions of one model and the aliases pointing at them, kept in an
 * {@link ObjectStorage}. Layout: {@code versions/000007/{manifest.json,model.tribuo,…}} and
 * {@code aliases/live.json}. A version is complete once its manifest exists; it is written last.
 * Jobs may keep small records of their own beside them ({@code retrain/latest.json}).
 */
public final class ModelStore {
    private static final Pattern VERSION_KEY = Pattern.compile("versions/(\\d{6})/(.+)");
    private static final Pattern ALIAS_NAME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final Pattern RECORD_KEY = Pattern.compile("([a-z][a-z0-9_-]*/)+[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int HISTORY_KEPT = 50;
    private static final String CLAIM = ".claim";
    private static final int CLAIM_ATTEMPTS = 100;
    private static final int ALIAS_READ_ATTEMPTS = 5;

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

    /**
     * The alias record, if the alias exists. A record that does not parse is read again a few times
     * before it is reported: S3 replaces an object atomically, but some S3-compatible servers
     * (S3Mock) rewrite it in place, so a reader racing a {@link #moveAlias} can catch it half-written.
     */
    public Optional<AliasRecord> alias(String name) {
        for (int attempt = 1; ; attempt++) {
            Optional<byte[]> bytes = storage.get(aliasKey(name));
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Json.mapper().readValue(bytes.get(), AliasRecord.class));
            } catch (IOException e) {
                if (attempt == ALIAS_READ_ATTEMPTS) {
                    throw new StoreException("unreadable alias '" + name + "' in " + uri(), e);
                }
                pause(attempt);
            }
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
     * Claims the next free version number, so two publishers never write into the same version.
     * Two steps, because some S3-compatible servers (S3Mock) check {@code If-None-Match} and then
     * write, letting two racing conditional writes both succeed:
     * <ol>
     * <li>a conditional write of {@code versions/N/.claim}: on S3 and on a directory this alone
     *     decides, and the loser moves on to N+1;</li>
     * <li>a claim object of our own, {@code versions/N/.claim-<token>}, then a listing: N is ours only
     *     if ours is the only token there. Whichever publisher lists last sees both tokens, so two
     *     can never both see only their own. When both see both, both move on (N stays unused).</li>
     * </ol>
     */
    private int claimVersion() {
        String token = UUID.randomUUID().toString();
        int version = highestVersion() + 1;
        for (int attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++, version++) {
            if (!storage.putIfAbsent(key(version, CLAIM), new byte[0])) {
                continue;
            }
            storage.put(key(version, CLAIM + "-" + token), new byte[0]);
            List<String> tokens = storage.list(key(version, CLAIM + "-"));
            if (tokens.equals(List.of(key(version, CLAIM + "-" + token)))) {
                return version;
            }
            pause(attempt);
        }
        throw new StoreException("could not claim a version number in " + uri() + " after " + CLAIM_ATTEMPTS
                + " attempts: too many publishers at once?");
    }

    /** A short random pause, growing with the attempt, so racing callers do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * Math.min(attempt, 10) + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to retry", e);
        }
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
