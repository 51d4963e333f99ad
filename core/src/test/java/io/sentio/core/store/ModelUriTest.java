package io.sentio.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelUriTest {

    @Test
    void aPlainPathIsABundleDirectory() {
        assertThat(ModelUri.parse("models/reviews-20261123"))
                .isEqualTo(new ModelUri.BundleDirectory(Path.of("models/reviews-20261123")));
        assertThat(ModelUri.parse("/srv/models/reviews-20261123"))
                .isEqualTo(new ModelUri.BundleDirectory(Path.of("/srv/models/reviews-20261123")));
    }

    @Test
    void aFileUriWithoutSelectorIsABundleDirectory() {
        assertThat(ModelUri.parse("file:///srv/models/reviews-20261123"))
                .isEqualTo(new ModelUri.BundleDirectory(Path.of("/srv/models/reviews-20261123")));
    }

    @Test
    void anAtInADirectoryNameIsNotASelector() {
        assertThat(ModelUri.parse("/tmp/user@host/bundle"))
                .isEqualTo(new ModelUri.BundleDirectory(Path.of("/tmp/user@host/bundle")));
    }

    @Test
    void aFileStoreWithAnAlias() {
        ModelUri uri = ModelUri.parse("file:///srv/models/reviews@live");

        assertThat(uri).isEqualTo(new ModelUri.StoreReference("file:///srv/models/reviews", "live"));
        assertThat(((ModelUri.StoreReference) uri).isVersion()).isFalse();
    }

    @Test
    void anS3StoreWithAVersion() {
        ModelUri uri = ModelUri.parse("s3://bucket/models/reviews@7");

        assertThat(uri).isEqualTo(new ModelUri.StoreReference("s3://bucket/models/reviews", "7"));
        assertThat(((ModelUri.StoreReference) uri).isVersion()).isTrue();
    }

    @Test
    void surroundingSpaceIsIgnored() {
        assertThat(ModelUri.parse("  s3://bucket/models/reviews@live\n"))
                .isEqualTo(new ModelUri.StoreReference("s3://bucket/models/reviews", "live"));
    }

    @Test
    void anS3UriWithoutSelectorIsRefusedWithAnExample() {
        assertThatThrownBy(() -> ModelUri.parse("s3://bucket/models/reviews"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names a version or alias of a store")
                .hasMessageContaining("s3://bucket/models/reviews@live");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3://bucket/models/reviews@", "s3://bucket/models/reviews@-live",
        "file:///srv/models/reviews@li ve", "s3://bucket/models/reviews@l!ve"})
    void aBadSelectorIsRefused(String text) {
        assertThatThrownBy(() -> ModelUri.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad alias or version")
                .hasMessageContaining(text.strip());
    }

    @Test
    void anEmptyUriIsRefused() {
        assertThatThrownBy(() -> ModelUri.parse("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("empty model URI");
    }
}
