package io.sentio.infra.storage;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * The bucket holding model stores ({@code models/}) and training data ({@code data/}): versioned,
 * SSE-S3 encrypted, TLS only, never public, retained when its stack is deleted. Old object
 * versions expire after a while; the server access logs go to a sibling bucket.
 */
public final class ModelBucket extends Construct {

    private final Bucket bucket;

    public ModelBucket(Construct scope, String id, StorageConfig config) {
        super(scope, id);
        Bucket accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("expire-access-logs")
                        .expiration(Duration.days(config.accessLogDays()))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        this.bucket = Bucket.Builder.create(this, "Bucket")
                .versioned(true)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("model-bucket/")
                .lifecycleRules(List.of(
                        LifecycleRule.builder()
                                .id("expire-noncurrent-versions")
                                .noncurrentVersionExpiration(Duration.days(config.noncurrentVersionDays()))
                                .expiredObjectDeleteMarker(true)
                                .build(),
                        LifecycleRule.builder()
                                .id("abort-incomplete-uploads")
                                .abortIncompleteMultipartUploadAfter(Duration.days(7))
                                .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    public IBucket bucket() {
        return bucket;
    }
}
