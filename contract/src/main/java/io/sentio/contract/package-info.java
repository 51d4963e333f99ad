/**
 * The contracts between modules, each defined once: what the function and the training job emit
 * (metric namespace, names, units, dimensions), what the function reads from its environment, what
 * the retrain job writes and how the CLI exits. The CDK app names alarms, dashboard widgets,
 * environment variables and state-machine paths through these, so it can never name something the
 * runtime does not produce. No dependencies, no behaviour: constants and closed sets only.
 */
package io.sentio.contract;
