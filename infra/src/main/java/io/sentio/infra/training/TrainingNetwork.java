package io.sentio.infra.training;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * A small VPC of its own for the Fargate training jobs (no lookup of an existing VPC, so synthesis
 * needs no AWS credentials): two public subnets and no NAT gateway, which would cost more than the
 * training itself. Tasks get a public IP to reach ECR and CloudWatch, S3 traffic stays on the free
 * gateway endpoint, nothing can connect in, and rejected traffic is logged.
 */
public final class TrainingNetwork extends Construct {

    private final Vpc vpc;
    private final SecurityGroup jobSecurityGroup;

    public TrainingNetwork(Construct scope, String id) {
        super(scope, id);
        LogGroup flowLogs = LogGroup.Builder.create(this, "FlowLogs")
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        this.vpc = Vpc.Builder.create(this, "Vpc")
                .maxAzs(2)
                .natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("public")
                        .subnetType(SubnetType.PUBLIC)
                        .cidrMask(24)
                        .build()))
                .gatewayEndpoints(Map.of("S3", GatewayVpcEndpointOptions.builder()
                        .service(GatewayVpcEndpointAwsService.S3)
                        .build()))
                .flowLogs(Map.of("Rejected", FlowLogOptions.builder()
                        .destination(FlowLogDestination.toCloudWatchLogs(flowLogs))
                        .trafficType(FlowLogTrafficType.REJECT)
                        .build()))
                .build();
        this.jobSecurityGroup = SecurityGroup.Builder.create(this, "JobSecurityGroup")
                .vpc(vpc)
                .description("Sentio training jobs: outbound only")
                .allowAllOutbound(true)
                .build();
    }

    public IVpc vpc() {
        return vpc;
    }

    public ISecurityGroup jobSecurityGroup() {
        return jobSecurityGroup;
    }
}
