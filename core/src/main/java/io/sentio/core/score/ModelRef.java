package io.sentio.core.score;

import io.sentio.core.model.Manifest;

/** Which model scored a part: enough to find it again and to prove it was that one. */
public record ModelRef(String name, String version, String sha256) {
    public static ModelRef of(Manifest manifest) {
        return new ModelRef(manifest.name(), manifest.version(), manifest.modelSha256());
    }
}
