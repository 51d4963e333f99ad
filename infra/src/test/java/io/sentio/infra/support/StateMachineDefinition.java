package io.sentio.infra.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awscdk.assertions.Template;

/**
 * A state machine's Amazon States Language definition, parsed from a synthesized template. The
 * template holds it as an {@code Fn::Join} of text and references to other resources or stacks;
 * each reference is rendered as {@code <Ref:LogicalId>}, {@code <GetAtt:LogicalId.Attribute>} or
 * {@code <Output:Stack.OutputName>}, so the result is JSON that can be walked.
 */
public final class StateMachineDefinition {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;

    private StateMachineDefinition(JsonNode root) {
        this.root = root;
    }

    /** The only {@code AWS::StepFunctions::StateMachine} of {@code template}. */
    @SuppressWarnings("unchecked")
    public static StateMachineDefinition of(Template template) {
        Map<String, Map<String, Object>> machines = template.findResources("AWS::StepFunctions::StateMachine");
        if (machines.size() != 1) {
            throw new IllegalStateException("expected one state machine, found " + machines.keySet());
        }
        Map<String, Object> properties = (Map<String, Object>) machines.values().iterator().next().get("Properties");
        try {
            return new StateMachineDefinition(JSON.readTree(render(properties.get("DefinitionString"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static String render(Object value) {
        if (value instanceof String text) {
            return text;
        }
        Map<String, Object> intrinsic = (Map<String, Object>) value;
        if (intrinsic.containsKey("Fn::Join")) {
            List<Object> join = (List<Object>) intrinsic.get("Fn::Join");
            StringBuilder joined = new StringBuilder();
            for (Object part : (List<Object>) join.get(1)) {
                joined.append(render(part));
            }
            return joined.toString();
        }
        if (intrinsic.containsKey("Ref")) {
            return "<Ref:" + intrinsic.get("Ref") + ">";
        }
        if (intrinsic.containsKey("Fn::GetAtt")) {
            List<Object> getAtt = (List<Object>) intrinsic.get("Fn::GetAtt");
            return "<GetAtt:" + getAtt.get(0) + "." + getAtt.get(1) + ">";
        }
        if (intrinsic.containsKey("Fn::GetStackOutput")) {
            Map<String, Object> output = (Map<String, Object>) intrinsic.get("Fn::GetStackOutput");
            return "<Output:" + output.get("StackName") + "." + output.get("OutputName") + ">";
        }
        throw new IllegalArgumentException("cannot render " + value);
    }

    public String startAt() {
        return root.path("StartAt").asText();
    }

    public long timeoutSeconds() {
        return root.path("TimeoutSeconds").asLong();
    }

    public List<String> stateNames() {
        List<String> names = new ArrayList<>();
        root.path("States").fieldNames().forEachRemaining(names::add);
        return names;
    }

    public JsonNode state(String name) {
        JsonNode state = root.path("States").path(name);
        if (state.isMissingNode()) {
            throw new AssertionError("no state " + name + " in " + stateNames());
        }
        return state;
    }

    public String type(String name) {
        return state(name).path("Type").asText();
    }

    /** {@code Resource} of a Task state, e.g. {@code arn:<Ref:AWS::Partition>:states:::aws-sdk:s3:getObject}. */
    public String resource(String name) {
        return state(name).path("Resource").asText();
    }

    /** Every state a state can go to: {@code Next}, Choice rules and default, Catch handlers. */
    public List<String> successors(String name) {
        JsonNode state = state(name);
        List<String> next = new ArrayList<>();
        Optional.ofNullable(state.get("Next")).ifPresent(n -> next.add(n.asText()));
        state.path("Choices").forEach(rule -> next.add(rule.path("Next").asText()));
        Optional.ofNullable(state.get("Default")).ifPresent(n -> next.add(n.asText()));
        state.path("Catch").forEach(handler -> next.add(handler.path("Next").asText()));
        return next;
    }

    /** The target of the Choice rule on {@code variable} comparing with {@code operator}, e.g. StringEquals. */
    public String choiceTarget(String name, String variable, String operator, String value) {
        for (JsonNode rule : state(name).path("Choices")) {
            if (variable.equals(rule.path("Variable").asText()) && value.equals(rule.path(operator).asText())) {
                return rule.path("Next").asText();
            }
        }
        throw new AssertionError("no rule " + variable + " " + operator + " " + value + " in " + state(name));
    }

    /** The names of the Task states that call {@code resourceSuffix}, e.g. {@code aws-sdk:lambda:publishVersion}. */
    public List<String> tasksCalling(String resourceSuffix) {
        return stateNames().stream()
                .filter(name -> "Task".equals(type(name)) && resource(name).endsWith(resourceSuffix))
                .toList();
    }

    /** States reachable from {@code from} by any transition. */
    public List<String> reachableFrom(String from) {
        List<String> seen = new ArrayList<>(List.of(from));
        for (int i = 0; i < seen.size(); i++) {
            successors(seen.get(i)).stream().filter(next -> !seen.contains(next)).forEach(seen::add);
        }
        return seen;
    }

    public Stream<JsonNode> states() {
        List<JsonNode> states = new ArrayList<>();
        Iterator<JsonNode> it = root.path("States").elements();
        it.forEachRemaining(states::add);
        return states.stream();
    }

    public JsonNode json() {
        return root;
    }
}
