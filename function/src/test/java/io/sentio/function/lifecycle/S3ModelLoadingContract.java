package io.sentio.function.lifecycle;

import static io.sentio.function.testing.Fixtures.body;
import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sentio.core.model.ModelBundle;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.ModelStores;
import io.sentio.function.ApiHandler;
import io.sentio.function.testing.CapturedOutput;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Lambda init against a real S3-compatible server over HTTP: a bundle published to a store,
 * loaded through an {@code s3://…@alias} MODEL_URI with the endpoint and credentials taken from
 * the environment, exactly as the function does in AWS.
 */
abstract class S3ModelLoadingContract {

    /** AWS_ENDPOINT_URL_S3, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY for the server. */
    protected abstract Map<String, String> s3Environment();

    protected abstract S3Client client();

    /** A bucket of the test's own. */
    protected abstract String newBucket();

    @Test
    void publishedBundleLoadsThroughItsAliasAndServes() {
        String bucket = newBucket();
        int version = publish(bucket, Fixtures.bundle());

        FunctionRuntime runtime = CapturedOutput.capture(() ->
                LambdaInit.initialise(env("s3://" + bucket + "/models/reviews@live"))).value();
        ApiHandler handler = new ApiHandler(runtime);

        assertThat(runtime.manifest().version()).isEqualTo(Integer.toString(version));
        var response = call(handler, Events.postJson("/predict", "{\"text\":\"Terrible quality, returned it.\"}"));
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).get("label").asText()).isEqualTo("negative");
        assertThat(body(response).get("model").get("version").asText()).isEqualTo(Integer.toString(version));
    }

    @Test
    void versionNumberWorksAsWellAsAnAlias() {
        String bucket = newBucket();
        int version = publish(bucket, Fixtures.bundle());

        FunctionRuntime runtime = CapturedOutput.capture(() ->
                LambdaInit.initialise(env("s3://" + bucket + "/models/reviews@" + version))).value();

        assertThat(runtime.manifest().version()).isEqualTo(Integer.toString(version));
    }

    @Test
    void tamperedObjectFailsInitWithTheIntegrityMessage() {
        String bucket = newBucket();
        int version = publish(bucket, Fixtures.bundle());
        byte[] model = Fixtures.bundle().files().get(ModelBundle.MODEL_FILE).clone();
        model[model.length / 3] ^= 0x10;
        client().putObject(b -> b.bucket(bucket).key("models/reviews/versions/%06d/model.tribuo".formatted(version)),
                RequestBody.fromBytes(model));

        assertThatThrownBy(() -> CapturedOutput.capture(() ->
                LambdaInit.initialise(env("s3://" + bucket + "/models/reviews@live"))))
                .hasMessageContaining("integrity check");
    }

    @Test
    void unknownAliasOrBucketFailsInitNamingIt() {
        String bucket = newBucket();
        publish(bucket, Fixtures.bundle());

        assertThatThrownBy(() -> CapturedOutput.capture(() ->
                LambdaInit.initialise(env("s3://" + bucket + "/models/reviews@canary"))))
                .hasMessageContaining("no alias 'canary'");
        assertThatThrownBy(() -> CapturedOutput.capture(() ->
                LambdaInit.initialise(env("s3://no-such-bucket-sentio/models/reviews@live"))))
                .hasMessageContaining("no-such-bucket-sentio");
    }

    private int publish(String bucket, ModelBundle bundle) {
        ModelStore store = new ModelStores(this::client, Clock.systemUTC()).open("s3://" + bucket + "/models/reviews");
        int version = store.publish(bundle);
        store.moveAlias("live", version, "test", "first release");
        return version;
    }

    private Map<String, String> env(String modelUri) {
        Map<String, String> env = new HashMap<>(s3Environment());
        env.put("MODEL_URI", modelUri);
        return env;
    }
}
