package io.sentio.infra.monitoring;

import java.util.List;
import software.amazon.awscdk.services.apigatewayv2.IHttpApi;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/** Alarms, the topic they notify (optionally mailed to {@code alarmEmail}) and the dashboard. */
public final class Monitoring extends Construct {

    private final Topic topic;
    private final ServiceAlarms alarms;

    public Monitoring(Construct scope, String id, MonitoringConfig config, IHttpApi api, IFunction liveAlias) {
        super(scope, id);
        this.topic = Topic.Builder.create(this, "AlarmTopic")
                .displayName("Sentio alarms")
                .enforceSsl(true)
                .build();
        config.alarmEmail().ifPresent(email -> topic.addSubscription(new EmailSubscription(email)));
        this.alarms = new ServiceAlarms(this, "Alarms", config, api, liveAlias, topic);
        new ServiceDashboard(this, "Dashboard", api, liveAlias, alarms.all());
    }

    public List<IAlarm> rollbackAlarms() {
        return alarms.rollbackAlarms();
    }

    public List<IAlarm> driftAlarms() {
        return alarms.driftAlarms();
    }

    public String topicArn() {
        return topic.getTopicArn();
    }

    public ITopic topic() {
        return topic;
    }
}
