package io.sentio.infra.serving;

import io.sentio.contract.FunctionEnvironment;
import io.sentio.infra.artifacts.FunctionArtifact;
import io.sentio.infra.config.LogRetention;
import io.sentio.infra.config.SentioConfig;
import io.sentio.infra.monitoring.Monitoring;
import io.sentio.infra.monitoring.ServiceDashboard;
import io.sentio.infra.rollout.CanaryRollout;
import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.codedeploy.ILambdaDeploymentGroup;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/** Serving: the prediction function, its HTTP API, canary rollout, alarms and dashboard. */
public final class ServingStack extends Stack {

    private final PredictionFunction function;
    private final PredictionApi api;
    private final CanaryRollout rollout;
    private final Monitoring monitoring;

    public ServingStack(Construct scope, String id, SentioConfig config, IBucket modelBucket, FunctionArtifact artifact) {
        super(scope, id, StackProps.builder()
                .description("Sentio prediction API: SnapStart function, HTTP API, canary rollout, alarms")
                .build());
        this.function = new PredictionFunction(this, "Prediction", config.function(), artifact, modelBucket);
        if (config.api().tryItPage()) {
            function.function().addEnvironment(FunctionEnvironment.TRY_IT_PAGE, "true");
        }
        this.api = new PredictionApi(this, "Api", config.api(), function.alias(),
                LogRetention.of(config.function().logRetentionDays()));
        this.monitoring = new Monitoring(this, "Monitoring", config.monitoring(), api.httpApi(), function.alias());
        this.rollout = new CanaryRollout(this, "Rollout", config.rollout(), function.alias(), monitoring.rollbackAlarms());

        output("ApiUrl", "Base URL of the HTTP API (POST/GET /predict, GET /health, GET /model; "
                + "the try-it page at / with -c tryItPage=true)", api.url());
        output("FunctionName", "Prediction function (invoke the live alias)", function.function().getFunctionName());
        output("LiveAliasArn", "ARN of the live alias the API invokes", function.alias().getFunctionArn());
        output("ModelUri", "MODEL_URI in the template (the lifecycle state machine pins an exact version after "
                + "a rollout; see docs/LIFECYCLE.md)", config.function().modelUri(modelBucket.getBucketName()));
        output("AlarmTopicArn", "SNS topic notified by the alarms", monitoring.topicArn());
        output("DashboardName", "CloudWatch dashboard", ServiceDashboard.NAME);
    }

    private void output(String id, String description, String value) {
        CfnOutput.Builder.create(this, id).description(description).value(value).build();
    }

    public PredictionFunction predictionFunction() {
        return function;
    }

    public PredictionApi predictionApi() {
        return api;
    }

    /** The CodeDeploy group that shifts the {@code live} alias (canary, rollback alarms). */
    public ILambdaDeploymentGroup deploymentGroup() {
        return rollout.deploymentGroup();
    }

    /** The drift alarms, which may start a retrain (docs/LIFECYCLE.md). */
    public List<IAlarm> driftAlarms() {
        return monitoring.driftAlarms();
    }

    public ITopic alarmTopic() {
        return monitoring.topic();
    }
}
