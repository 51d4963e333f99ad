package io.sentio.infra.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/**
 * cdk-nag's AWS Solutions pack leaves no unsuppressed finding, CDK itself no warning, and every
 * suppression says why: for the default app and with every option switched (openApi among them).
 */
class AwsSolutionsChecksTest {

    static Stream<Arguments> stacks() {
        return Stream.of(SynthesizedApp.defaults(), SynthesizedApp.customised())
                .flatMap(app -> app.stacks().all().stream()
                        .map(stack -> Arguments.of(stack.getStackName() + (app == SynthesizedApp.defaults()
                                ? "" : " (customised)"), app, stack)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void hasNoErrorsOrWarnings(String name, SynthesizedApp app, Stack stack) {
        Annotations annotations = app.annotations(stack);
        assertThat(describe(annotations.findError("*", Match.anyValue()))).isEmpty();
        assertThat(describe(annotations.findWarning("*", Match.anyValue()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everySuppressionGivesAReason(String name, SynthesizedApp app, Stack stack) {
        List<Map<String, Object>> suppressions = app.template(stack).findResources("*").values().stream()
                .map(resource -> resource.get("Metadata"))
                .filter(Map.class::isInstance)
                .map(metadata -> ((Map<?, ?>) metadata).get("cdk_nag"))
                .filter(Map.class::isInstance)
                .flatMap(nag -> ((List<?>) ((Map<?, ?>) nag).get("rules_to_suppress")).stream())
                .map(rule -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> suppression = (Map<String, Object>) rule;
                    return suppression;
                })
                .toList();
        assertThat(suppressions).allSatisfy(suppression -> {
            assertThat((String) suppression.get("id")).startsWith("AwsSolutions-");
            assertThat((String) suppression.get("reason")).hasSizeGreaterThan(40);
        });
    }

    @SuppressWarnings("deprecation") // Annotations.findError still returns cxapi.SynthesisMessage
    private static List<String> describe(List<SynthesisMessage> messages) {
        return messages.stream().map(message -> message.getId() + ": " + message.getEntry().getData()).toList();
    }
}
