package io.sentio.infra.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sentio.infra.SentioStacks;
import io.sentio.infra.artifacts.RepoRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * The app synthesized the way {@code cdk synth} does it (with cdk.json's context plus the given
 * {@code -c} values, as strings), once per distinct context for the whole test run: a synthesis
 * with cdk-nag costs seconds, so test classes share them. Output goes to
 * {@code target/test-synth/<variant>} for inspection.
 */
public final class SynthesizedApp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Map<String, String>, SynthesizedApp> CACHE = new ConcurrentHashMap<>();

    private final SentioStacks stacks;
    private final CloudAssembly assembly;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    private SynthesizedApp(SentioStacks stacks, CloudAssembly assembly) {
        this.stacks = stacks;
        this.assembly = assembly;
    }

    /** Every setting changed from its default, as {@code -c key=value} strings. */
    public static final Map<String, String> CUSTOM_CONTEXT = Map.ofEntries(
            Map.entry("openApi", "true"),
            Map.entry("tryItPage", "true"),
            Map.entry("explanations", "false"),
            Map.entry("retrainSchedule", "rate(1 day)"),
            Map.entry("retrainOnDrift", "true"),
            Map.entry("apiP99LatencyMs", "250"),
            Map.entry("lambdaP99DurationMs", "180"),
            Map.entry("memoryMb", "2048"),
            Map.entry("architecture", "x86_64"),
            Map.entry("throttleRate", "5"),
            Map.entry("throttleBurst", "10"),
            Map.entry("deploymentConfig", "ALL_AT_ONCE"),
            Map.entry("alarmEmail", "ops@example.com"),
            Map.entry("modelName", "tickets"),
            Map.entry("trainingSpot", "true"),
            Map.entry("retrainArgs", "--multi-label --text-column overview --label-column genres"),
            Map.entry("trainingData", "data/reviews.csv.gz"),
            Map.entry("modelRevision", "7"),
            Map.entry("modelUri", "s3://example-bucket/models/tickets@7"));

    /** No {@code -c} values: what {@code cdk synth} produces by default. */
    public static SynthesizedApp defaults() {
        return with(Map.of());
    }

    /** With {@link #CUSTOM_CONTEXT}. */
    public static SynthesizedApp customised() {
        return with(CUSTOM_CONTEXT);
    }

    public static SynthesizedApp with(Map<String, String> context) {
        return CACHE.computeIfAbsent(new TreeMap<>(context), SynthesizedApp::synthesize);
    }

    private static synchronized SynthesizedApp synthesize(Map<String, String> extraContext) {
        RepoRoot root = RepoRoot.locate();
        Map<String, Object> context = new HashMap<>(cdkJsonContext(root));
        context.put("aws:cdk:disable-stack-trace", true);
        context.put("aws:cdk:enable-asset-metadata", true); // as the CDK CLI does; SAM reads it
        context.putAll(extraContext);
        Path outdir = root.resolve("infra/target/test-synth/" + (extraContext.isEmpty() ? "defaults" : "variant-"
                + Integer.toHexString(extraContext.hashCode())));
        deleteRecursively(outdir);
        App app = App.Builder.create().context(context).outdir(outdir.toString()).build();
        SentioStacks stacks = SentioStacks.addTo(app, root);
        return new SynthesizedApp(stacks, app.synth());
    }

    public static Map<String, Object> cdkJsonContext(RepoRoot root) {
        try {
            Map<String, Object> cdkJson = JSON.readValue(root.resolve("infra/cdk.json").toFile(),
                    new TypeReference<Map<String, Object>>() { });
            @SuppressWarnings("unchecked")
            Map<String, Object> context = (Map<String, Object>) cdkJson.getOrDefault("context", Map.of());
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SentioStacks stacks() {
        return stacks;
    }

    public Template storage() {
        return template(stacks.storage());
    }

    public Template serving() {
        return template(stacks.serving());
    }

    public Template training() {
        return template(stacks.training());
    }

    public Template lifecycle() {
        return template(stacks.lifecycle());
    }

    public Template scoring() {
        return template(stacks.scoring());
    }

    public Template template(Stack stack) {
        return templates.computeIfAbsent(stack.getArtifactId(), id -> Template.fromStack(stack));
    }

    public Annotations annotations(Stack stack) {
        return Annotations.fromStack(stack);
    }

    public Path assemblyDirectory() {
        return Path.of(assembly.getDirectory());
    }

    public Path templateFile(Stack stack) {
        return assemblyDirectory().resolve(stack.getTemplateFile());
    }

    /** Logical ID of a construct's CloudFormation resource, e.g. to find policies attached to a role. */
    public static String logicalId(software.constructs.IConstruct construct) {
        software.amazon.awscdk.CfnElement element =
                (software.amazon.awscdk.CfnElement) construct.getNode().getDefaultChild();
        return Stack.of(construct).getLogicalId(element);
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
