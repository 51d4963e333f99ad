package io.sentio.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.testing.S3TestServer;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

class S3ClientsTest {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();

    @Test
    void theS3EndpointWinsOverTheGeneralOne() {
        Map<String, String> env = Map.of(
                "AWS_ENDPOINT_URL", "http://general:4566",
                "AWS_ENDPOINT_URL_S3", "http://s3-only:9090");

        assertThat(S3Clients.endpoint(env)).contains(URI.create("http://s3-only:9090"));
    }

    @Test
    void theGeneralEndpointServesWhenThereIsNoS3One() {
        assertThat(S3Clients.endpoint(Map.of("AWS_ENDPOINT_URL", "http://general:4566")))
                .contains(URI.create("http://general:4566"));
        assertThat(S3Clients.endpoint(Map.of("AWS_ENDPOINT_URL_S3", " ", "AWS_ENDPOINT_URL", "http://general:4566")))
                .as("blank counts as unset")
                .contains(URI.create("http://general:4566"));
    }

    @Test
    void noEndpointMeansAws() {
        assertThat(S3Clients.endpoint(Map.of())).isEmpty();
        assertThat(S3Clients.endpoint(Map.of("AWS_ENDPOINT_URL_S3", ""))).isEmpty();
    }

    @Test
    void anEndpointOverrideUsesPathStyleAddressing() {
        try (S3Client client = S3Clients.create(Map.of("AWS_ENDPOINT_URL_S3", "http://localhost:9090", "AWS_REGION",
                "eu-west-1"))) {
            String url = client.utilities().getUrl(b -> b.bucket("my-bucket").key("models/m.json")).toString();

            assertThat(url).isEqualTo("http://localhost:9090/my-bucket/models/m.json");
            assertThat(client.serviceClientConfiguration().endpointOverride()).contains(URI.create("http://localhost:9090"));
        }
    }

    @Test
    void withoutEndpointTheClientAddressesAwsVirtualHostStyle() {
        try (S3Client client = S3Clients.create(Map.of("AWS_REGION", "eu-west-1"))) {
            String url = client.utilities().getUrl(b -> b.bucket("my-bucket").key("m.json")).toString();

            assertThat(url).isEqualTo("https://my-bucket.s3.eu-west-1.amazonaws.com/m.json");
            assertThat(client.serviceClientConfiguration().endpointOverride()).isEmpty();
        }
    }

    @Test
    void theRegionComesFromTheEnvironment() {
        try (S3Client client = S3Clients.create(Map.of("AWS_REGION", "eu-central-1"))) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_CENTRAL_1);
        }
        try (S3Client client = S3Clients.create(Map.of("AWS_DEFAULT_REGION", "ap-southeast-2"))) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.AP_SOUTHEAST_2);
        }
    }

    @Test
    void credentialsInTheGivenEnvironmentAreUsed() {
        AwsCredentials basic = S3Clients.credentials(Map.of("AWS_ACCESS_KEY_ID", "AKID", "AWS_SECRET_ACCESS_KEY", "secret"))
                .orElseThrow().resolveCredentials();
        assertThat(basic.accessKeyId()).isEqualTo("AKID");
        assertThat(basic.secretAccessKey()).isEqualTo("secret");

        AwsCredentials session = S3Clients.credentials(Map.of("AWS_ACCESS_KEY_ID", "AKID",
                "AWS_SECRET_ACCESS_KEY", "secret", "AWS_SESSION_TOKEN", "token")).orElseThrow().resolveCredentials();
        assertThat(session).isInstanceOf(AwsSessionCredentials.class);
        assertThat(((AwsSessionCredentials) session).sessionToken()).isEqualTo("token");
    }

    @Test
    void withoutKeysTheSdkDefaultChainDecides() {
        assertThat(S3Clients.credentials(Map.of())).isEmpty();
        assertThat(S3Clients.credentials(Map.of("AWS_ACCESS_KEY_ID", "AKID"))).isEmpty();
    }

    @Test
    void aClientBuiltFromTheServersEnvironmentReadsAndWrites() {
        String bucket = S3.newBucket();
        Map<String, String> env = new HashMap<>(S3.environment());

        try (S3Client client = S3Clients.create(env)) {
            client.putObject(b -> b.bucket(bucket).key("hello.txt"), RequestBody.fromString("hi"));

            assertThat(client.getObjectAsBytes(b -> b.bucket(bucket).key("hello.txt")).asUtf8String()).isEqualTo("hi");
        }
    }
}
