package io.sentio.function.lifecycle;

import static io.sentio.function.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentio.function.ApiHandler;
import io.sentio.function.testing.CapturedOutput;
import io.sentio.function.testing.Events;
import io.sentio.function.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimingTest {

    @Test
    void primingRunsEveryKindOfRequestThroughTheHandlerAndWritesOnlyASummary() {
        FunctionRuntime runtime = Fixtures.runtime(Map.of("REVIEW_SAMPLE_RATE", "1"));
        List<Integer> statuses = new ArrayList<>();
        ApiHandler real = new ApiHandler(runtime);
        Priming priming = new Priming(runtime, (event, context) -> {
            var response = real.handleRequest(event, context);
            statuses.add(response.getStatusCode());
            return response;
        });

        CapturedOutput out = CapturedOutput.during(() -> priming.prime(3));

        assertThat(statuses).hasSize(3 * Priming.events(0).size())
                .contains(200, 400, 404).doesNotContain(500);
        assertThat(out.metrics()).as("synthetic predictions must not reach CloudWatch").isEmpty();
        assertThat(out.logs()).singleElement().satisfies(line -> {
            assertThat(line.get("message").asText()).isEqualTo("primed before snapshot");
            assertThat(line.get("primingRequests").asInt()).isEqualTo(statuses.size());
        });
    }

    @Test
    void restoreReArmsTheColdStartThatPrimingConsumed() {
        FunctionRuntime runtime = Fixtures.runtime();
        ApiHandler handler = new ApiHandler(runtime);
        Priming priming = new Priming(runtime, handler);
        CapturedOutput.during(() -> priming.beforeCheckpoint(null));

        CapturedOutput restored = CapturedOutput.during(() -> {
            priming.afterRestore(null);
            call(handler, Events.postJson("/predict", "{\"text\":\"love it\"}"));
            call(handler, Events.postJson("/predict", "{\"text\":\"love it\"}"));
        });

        List<JsonNode> requests = restored.logs().stream().filter(l -> l.has("requestId")).toList();
        assertThat(requests).extracting(l -> l.get("cold_start").asBoolean()).containsExactly(true, false);
        assertThat(restored.metrics()).filteredOn(m -> m.has("ColdStart")).hasSize(1);
        assertThat(restored.logs().get(0).get("message").asText()).isEqualTo("restored from snapshot");
    }

    @Test
    void withoutASnapshotTheFirstRealRequestIsTheColdStart() {
        ApiHandler handler = Fixtures.handler();

        CapturedOutput out = CapturedOutput.during(() -> call(handler, Events.get("/health")));

        assertThat(out.logs().get(0).get("cold_start").asBoolean()).isTrue();
    }

    @Test
    void primingRestoresStandardOutputEvenWhenAHandlerFails() {
        var original = System.out;
        Priming failing = new Priming(Fixtures.runtime(), (event, context) -> {
            throw new IllegalStateException("boom");
        });

        try {
            failing.prime(1);
        } catch (IllegalStateException expected) {
            // the failure surfaces (a checkpoint would be refused), and stdout is back
        }

        assertThat(System.out).isSameAs(original);
    }
}
