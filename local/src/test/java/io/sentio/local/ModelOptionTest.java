package io.sentio.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.model.BundleDirectory;
import io.sentio.function.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The twins load the model as Lambda does, but serve the try-it page unless told not to. */
class ModelOptionTest {
    @TempDir
    static Path dir;
    private static ModelOption option;

    @BeforeAll
    static void writeBundle() throws IOException {
        Path bundle = dir.resolve("bundle");
        BundleDirectory.write(Fixtures.bundle(), bundle);
        option = new ModelOption();
        option.model = bundle.toString();
    }

    @Test
    void servesTheTryItPageByDefault() {
        assertThat(option.start(Map.of()).config().tryItPage()).isTrue();
    }

    @Test
    void theEnvironmentCanSwitchThePageOff() {
        assertThat(option.start(Map.of("TRY_IT_PAGE", "false")).config().tryItPage()).isFalse();
    }
}
