package io.sentio.infra.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The IAM policy statements a template attaches to one role, for checking what it may do. */
public final class IamStatements {

    private IamStatements() {
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> ofRole(Template template, String roleLogicalId) {
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy", Map.of(
                "Properties", Map.of("Roles", Match.arrayWith(List.of(Map.of("Ref", roleLogicalId))))));
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Map<String, Object> policy : policies.values()) {
            Map<String, Object> properties = (Map<String, Object>) policy.get("Properties");
            Map<String, Object> document = (Map<String, Object>) properties.get("PolicyDocument");
            statements.addAll((List<Map<String, Object>>) document.get("Statement"));
        }
        return statements;
    }

    public static List<String> actions(Map<String, Object> statement) {
        return asList(statement.get("Action"));
    }

    /** Each resource rendered as JSON, e.g. {@code {"Fn::Join":["",[...,"/models/*"]]}}. */
    public static List<String> resources(Map<String, Object> statement) {
        Object resource = statement.get("Resource");
        List<?> resources = resource instanceof List<?> list ? list : List.of(resource);
        return resources.stream().map(SynthesizedApp::json).toList();
    }

    public static boolean touchesS3(Map<String, Object> statement) {
        return actions(statement).stream().anyMatch(action -> action.startsWith("s3:"));
    }

    private static List<String> asList(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return List.of(value.toString());
    }
}
