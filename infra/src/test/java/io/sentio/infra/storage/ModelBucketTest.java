package io.sentio.infra.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ModelBucketTest {

    private static SynthesizedApp app;
    private static Template storage;

    @BeforeAll
    static void synthesize() {
        app = SynthesizedApp.defaults();
        storage = app.storage();
    }

    @Test
    void modelBucketIsVersionedEncryptedLoggedAndNeverPublic() {
        storage.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(
                        Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true,
                        "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", true),
                "LoggingConfiguration", Match.objectLike(Map.of("LogFilePrefix", "model-bucket/")))));
    }

    @Test
    void oldObjectVersionsExpireAfterThirtyDays() {
        storage.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "LifecycleConfiguration", Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 30),
                        "Status", "Enabled"))))))));
    }

    @Test
    void everyBucketRefusesRequestsWithoutTls() {
        Map<String, Map<String, Object>> policies = storage.findResources("AWS::S3::BucketPolicy", Map.of(
                "Properties", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of(
                                "Effect", "Deny",
                                "Action", "s3:*",
                                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))))))));
        assertThat(policies).hasSize(storage.findResources("AWS::S3::Bucket").size());
    }

    @Test
    void bucketsAndTheirStackSurviveDeletion() {
        assertThat(storage.findResources("AWS::S3::Bucket").values())
                .isNotEmpty()
                .allSatisfy(bucket -> {
                    assertThat(bucket).containsEntry("DeletionPolicy", "Retain");
                    assertThat(bucket).containsEntry("UpdateReplacePolicy", "Retain");
                });
        assertThat(app.stacks().storage().getTerminationProtection()).isTrue();
    }

    @Test
    void outputsTheBucketName() {
        storage.hasOutput("ModelBucketName", Match.objectLike(Map.of(
                "Value", Map.of("Ref", SynthesizedApp.logicalId(app.stacks().storage().modelBucket())))));
    }
}
