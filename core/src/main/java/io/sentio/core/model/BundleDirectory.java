package io.sentio.core.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bundle as a local directory: model.tribuo, vocabulary.tsv.gz, manifest.json. */
public final class BundleDirectory {
    private BundleDirectory() {
    }

    public static void write(ModelBundle bundle, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        // Manifest last: a directory with a manifest is a complete bundle.
        Files.write(dir.resolve(ModelBundle.MANIFEST_FILE), bundle.manifestBytes());
    }

    public static ModelBundle read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ModelBundleException("no model bundle at " + dir + ": not a directory");
        }
        Path manifest = dir.resolve(ModelBundle.MANIFEST_FILE);
        if (!Files.isRegularFile(manifest)) {
            throw new ModelBundleException("not a model bundle: " + dir + " has no " + ModelBundle.MANIFEST_FILE);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            files.put(ModelBundle.MANIFEST_FILE, Files.readAllBytes(manifest));
            // Only the files the manifest lists: a training output directory also holds reports.
            for (String name : ModelBundle.listedFiles(files.get(ModelBundle.MANIFEST_FILE), dir.toString())) {
                Path file = dir.resolve(name);
                if (Files.isRegularFile(file)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new ModelBundleException("cannot read model bundle " + dir + ": " + e.getMessage(), e);
        }
        return ModelBundle.fromFiles(files, dir.toString());
    }
}
