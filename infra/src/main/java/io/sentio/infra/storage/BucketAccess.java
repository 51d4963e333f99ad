package io.sentio.infra.storage;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * Least-privilege grants on one prefix of the model bucket. The bucket's own {@code grantRead}
 * would allow every key and {@code s3:GetObject*}/{@code s3:List*} wildcards; these give exactly
 * object reads (and writes) under the prefix and listing restricted to it by {@code s3:prefix}.
 */
public final class BucketAccess {

    private BucketAccess() {
    }

    public static void grantRead(IGrantable grantee, IBucket bucket, String prefix) {
        addList(grantee, bucket, prefix);
        add(grantee, PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject"))
                .resources(List.of(bucket.arnForObjects(prefix + "*")))
                .build());
    }

    public static void grantReadWrite(IGrantable grantee, IBucket bucket, String prefix) {
        addList(grantee, bucket, prefix);
        add(grantee, PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject", "s3:PutObject"))
                .resources(List.of(bucket.arnForObjects(prefix + "*")))
                .build());
    }

    private static void addList(IGrantable grantee, IBucket bucket, String prefix) {
        add(grantee, PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(bucket.getBucketArn()))
                .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of(prefix, prefix + "*"))))
                .build());
    }

    private static void add(IGrantable grantee, PolicyStatement statement) {
        grantee.getGrantPrincipal().addToPrincipalPolicy(statement);
    }
}
