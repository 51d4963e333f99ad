package io.sentio.infra.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.infra.support.IamStatements;
import io.sentio.infra.support.SynthesizedApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Backlog scoring touches the model prefix (read), the input prefix (list, read) and the output
 * prefix (write): nothing else of the bucket, for the function and for the state machine alike (whose
 * file readers read the large file under the input prefix, never the models).
 */
class ScoringIamTest {

    private static List<Map<String, Object>> statements(boolean ofFunction) {
        SynthesizedApp app = SynthesizedApp.defaults();
        ScoringStack scoring = app.stacks().scoring();
        String role = SynthesizedApp.logicalId(ofFunction ? scoring.function().function().getRole()
                : scoring.backlog().stateMachine().getRole());
        return IamStatements.ofRole(app.scoring(), role);
    }

    @Test
    void theFunctionReadsTheModelAndTheInputAndWritesOnlyTheOutput() {
        List<Map<String, Object>> s3 = statements(true).stream().filter(IamStatements::touchesS3).toList();
        assertThat(s3).allSatisfy(statement -> assertThat(statement.get("Effect")).isEqualTo("Allow"));
        assertThat(s3).filteredOn(s -> IamStatements.actions(s).contains("s3:PutObject")).singleElement()
                .satisfies(s -> assertThat(IamStatements.resources(s)).singleElement().asString()
                        .endsWith("\"/backlog/out/*\"]]}"));
        assertThat(s3).filteredOn(s -> IamStatements.actions(s).equals(List.of("s3:GetObject")))
                .flatMap(IamStatements::resources)
                .allSatisfy(r -> assertThat(r).containsAnyOf("\"/models/*\"", "\"/backlog/in/*\""));
        assertThat(s3).filteredOn(s -> IamStatements.actions(s).contains("s3:ListBucket"))
                .hasSize(3).allSatisfy(s -> assertThat(SynthesizedApp.json(s.get("Condition")))
                        .containsAnyOf("\"models/*\"", "\"backlog/in/*\"", "\"backlog/out/*\""));
    }

    @Test
    void theStateMachineListsOnlyTheInputAndWritesOnlyUnderTheOutput() {
        List<Map<String, Object>> denies = statements(false).stream()
                .filter(s -> "Deny".equals(s.get("Effect"))).toList();
        assertThat(denies).anySatisfy(s -> {
            assertThat(IamStatements.actions(s)).containsExactly("s3:ListBucket");
            assertThat(SynthesizedApp.json(s.get("Condition")))
                    .isEqualTo("{\"StringNotLike\":{\"s3:prefix\":[\"backlog/in/\",\"backlog/in/*\"]}}");
        });
        assertThat(denies).anySatisfy(s -> {
            assertThat(IamStatements.actions(s)).containsExactlyInAnyOrder("s3:PutObject", "s3:AbortMultipartUpload",
                    "s3:ListMultipartUploadParts");
            assertThat(SynthesizedApp.json(s.get("NotResource"))).endsWith("\"/backlog/out/*\"]]}");
        });
        // The file readers read the one large file under the input prefix; nothing else is readable.
        assertThat(denies).anySatisfy(s -> {
            assertThat(IamStatements.actions(s)).containsExactly("s3:GetObject");
            String notResource = SynthesizedApp.json(s.get("NotResource"));
            assertThat(notResource).contains("\"/backlog/in/*\"]]}").contains("\"/backlog/out/*\"]]}")
                    .doesNotContain("models/");
        });
    }

    @Test
    void theStateMachineInvokesOnlyTheScoringAlias() {
        assertThat(statements(false)).filteredOn(s -> IamStatements.actions(s).contains("lambda:InvokeFunction"))
                .singleElement().satisfies(s -> assertThat(IamStatements.resources(s)).singleElement().asString()
                        .contains("ScoringFunctionLiveAlias"));
    }
}
