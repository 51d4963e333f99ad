package io.sentio.infra.lifecycle;

import io.sentio.infra.storage.BucketLayout;
import software.amazon.awscdk.services.batch.IJobQueue;
import software.amazon.awscdk.services.codedeploy.ILambdaDeploymentGroup;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * What the lifecycle works on, all created by the other stacks: the model bucket and store, the
 * Batch queue that retrains (with the job definition named {@code sentio-retrain}), the prediction
 * function, its alias and the CodeDeploy group that shifts the alias.
 *
 * @param dataKey the object or prefix under {@code data/} a retrain reads unless told otherwise
 * @param modelAlias the store alias the retrain job moves on promotion ({@code SENTIO_ALIAS})
 * @param functionAlias the function alias the API invokes and CodeDeploy shifts
 */
public record RolloutTargets(
        IBucket bucket,
        String modelName,
        String modelAlias,
        String dataKey,
        IJobQueue jobQueue,
        IFunction function,
        String functionAlias,
        ILambdaDeploymentGroup deploymentGroup) {

    String storeUri() {
        return BucketLayout.storeUri(bucket.getBucketName(), modelName);
    }

    String dataUri() {
        return BucketLayout.dataUri(bucket.getBucketName(), dataKey);
    }

    String recordKey() {
        return RetrainRecord.key(modelName);
    }

    /** Step Functions {@code StringMatches} pattern for URIs of this store: {@code s3://<bucket>/models/<name>@*}. */
    String modelUriPattern() {
        return storeUri() + "@*";
    }

    /** Pattern for data a retrain may read: {@code s3://<bucket>/data/*} (all the job role can read). */
    String dataUriPattern() {
        return BucketLayout.dataUri(bucket.getBucketName(), BucketLayout.DATA_PREFIX) + "*";
    }
}
