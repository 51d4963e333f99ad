package io.sentio.infra.storage;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The long-lived part: the model bucket. A stack of its own, termination-protected and with the
 * bucket retained, so redeploying or deleting the serving and training stacks never loses models.
 */
public final class StorageStack extends Stack {

    private final ModelBucket modelBucket;

    public StorageStack(Construct scope, String id, StorageConfig config) {
        super(scope, id, StackProps.builder()
                .description("Sentio model bucket (models/ stores, data/ training data); retained")
                .terminationProtection(true)
                .build());
        this.modelBucket = new ModelBucket(this, "ModelBucket", config);
        CfnOutput.Builder.create(this, "ModelBucketName")
                .description("Bucket holding model stores (models/) and training data (data/)")
                .value(modelBucket.bucket().getBucketName())
                .build();
    }

    public IBucket modelBucket() {
        return modelBucket.bucket();
    }
}
