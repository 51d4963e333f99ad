package io.sentio.contract;

/**
 * The CloudWatch units the metrics are emitted with. The constant names are those of the CloudWatch
 * unit enums in Powertools, the EMF library and the CDK, so each side maps a unit by name.
 */
public enum MetricUnit {
    COUNT,
    MILLISECONDS,
    SECONDS,
    NONE
}
