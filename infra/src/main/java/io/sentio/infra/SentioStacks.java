package io.sentio.infra;

import io.sentio.infra.artifacts.FunctionArtifact;
import io.sentio.infra.artifacts.RepoRoot;
import io.sentio.infra.artifacts.TrainingImage;
import io.sentio.infra.compliance.Nag;
import io.sentio.infra.config.ContextValues;
import io.sentio.infra.config.SentioConfig;
import io.sentio.infra.lifecycle.LifecycleStack;
import io.sentio.infra.lifecycle.RolloutTargets;
import io.sentio.infra.scoring.ScoringConfig;
import io.sentio.infra.scoring.ScoringStack;
import io.sentio.infra.serving.PredictionFunction;
import io.sentio.infra.serving.ServingStack;
import io.sentio.infra.storage.StorageStack;
import io.sentio.infra.training.TrainingJobs;
import io.sentio.infra.training.TrainingStack;
import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.TagProps;
import software.amazon.awscdk.Tags;

/**
 * The five stacks of a Sentio deployment, wired together: storage (kept forever), serving and
 * training (both safe to replace, independent of each other), the model lifecycle, which joins
 * them (retrain on Batch, roll the result out to the function), and backlog scoring. Stack names are fixed, so templates
 * land in {@code cdk.out/SentioStorage.template.json} and so on.
 */
public record SentioStacks(StorageStack storage, ServingStack serving, TrainingStack training,
        LifecycleStack lifecycle, ScoringStack scoring) {

    public static final String STORAGE = "SentioStorage";
    public static final String SERVING = "SentioServing";
    public static final String TRAINING = "SentioTraining";
    public static final String LIFECYCLE = "SentioLifecycle";
    public static final String SCORING = "SentioScoring";

    /** Adds the stacks to {@code app}, configured from its context, with cdk-nag checks applied. */
    public static SentioStacks addTo(App app, RepoRoot root) {
        SentioConfig config = SentioConfig.from(ContextValues.of(app.getNode()));
        FunctionArtifact functionJar = FunctionArtifact.in(root);

        StorageStack storage = new StorageStack(app, STORAGE, config.storage());
        ServingStack serving = new ServingStack(app, SERVING, config, storage.modelBucket(), functionJar);
        TrainingStack training = new TrainingStack(app, TRAINING, config.training(), TrainingImage.from(root),
                new TrainingJobs.Target(storage.modelBucket(), config.training().dataKey(),
                        config.function().modelName(), config.function().modelAlias()));
        LifecycleStack lifecycle = new LifecycleStack(app, LIFECYCLE, config.lifecycle(),
                new RolloutTargets(storage.modelBucket(), config.function().modelName(), config.function().modelAlias(),
                        config.training().dataKey(), training.jobs().queue(),
                        serving.predictionFunction().function(), PredictionFunction.ALIAS_NAME,
                        serving.deploymentGroup()),
                config.training(), config.rollout(), serving.alarmTopic(), serving.driftAlarms());
        ScoringStack scoring = new ScoringStack(app, SCORING, ScoringConfig.from(ContextValues.of(app.getNode())),
                config.function(), functionJar, storage.modelBucket(), serving.alarmTopic());

        // Not on the dashboard: cfn-lint's schema (1.51) rejects Tags on AWS::CloudWatch::Dashboard.
        Tags.of(app).add("project", "sentio", TagProps.builder()
                .excludeResourceTypes(List.of("AWS::CloudWatch::Dashboard"))
                .build());
        Nag.checkAwsSolutions(app);
        return new SentioStacks(storage, serving, training, lifecycle, scoring);
    }

    /** In deployment order. */
    public List<Stack> all() {
        return List.of(storage, serving, training, lifecycle, scoring);
    }
}
