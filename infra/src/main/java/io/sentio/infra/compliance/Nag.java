package io.sentio.infra.compliance;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.Arrays;
import java.util.List;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * cdk-nag's AWS Solutions rules over the whole app, and the one way to waive a finding: next to
 * the resource it concerns, with the reason written out. Findings surface as synthesis errors and
 * warnings; the tests require there are none left.
 */
public final class Nag {

    private Nag() {
    }

    public static void checkAwsSolutions(IConstruct app) {
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
    }

    /** Waives {@code ruleId} on {@code resource} and its children. */
    public static void suppress(IConstruct resource, String ruleId, String reason) {
        NagSuppressions.addResourceSuppressions(resource, List.of(suppression(ruleId, reason, List.of())), true);
    }

    /**
     * Waives {@code ruleId} for the named findings only, e.g. {@code "Resource::*"} or
     * {@code "Action::s3:GetObject"}; {@code regex:/.../} entries match by regular expression.
     */
    public static void suppress(IConstruct resource, String ruleId, String reason, String... appliesTo) {
        List<Object> findings = Arrays.stream(appliesTo).map(Nag::finding).toList();
        NagSuppressions.addResourceSuppressions(resource, List.of(suppression(ruleId, reason, findings)), true);
    }

    /** Waives {@code ruleId} for a resource CDK creates at stack level, found by its construct path. */
    public static void suppressAtPath(Stack stack, String path, String ruleId, String reason) {
        NagSuppressions.addResourceSuppressionsByPath(stack, "/" + stack.getNode().getPath() + "/" + path,
                List.of(suppression(ruleId, reason, List.of())), true);
    }

    private static NagPackSuppression suppression(String ruleId, String reason, List<Object> appliesTo) {
        NagPackSuppression.Builder builder = NagPackSuppression.builder().id(ruleId).reason(reason);
        if (!appliesTo.isEmpty()) {
            builder.appliesTo(appliesTo);
        }
        return builder.build();
    }

    private static Object finding(String appliesTo) {
        if (appliesTo.startsWith("regex:")) {
            return RegexAppliesTo.builder().regex(appliesTo.substring("regex:".length())).build();
        }
        return appliesTo;
    }
}
