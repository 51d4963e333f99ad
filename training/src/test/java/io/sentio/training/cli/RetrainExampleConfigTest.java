package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.training.lifecycle.GateMetric;
import io.sentio.training.lifecycle.GatePolicy;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** training/retrain.example.yaml, as documented in docs/REGISTRY.md, is a config retrain accepts. */
class RetrainExampleConfigTest {
    static final Path EXAMPLE = Path.of("retrain.example.yaml");

    @Test
    void theExampleConfigParsesIntoRetrainsOptions() {
        assertThat(EXAMPLE).as("run from the training module").isRegularFile();
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        CommandLine cli = new CommandLine(new SentioCli(Map.of(), new ByteArrayInputStream(new byte[0]), nowhere,
                nowhere));
        ConfigFile config = ConfigFile.read(EXAMPLE);

        config.checkKnown(cli);
        cli.setDefaultValueProvider(config);
        CommandLine.ParseResult parsed = cli.parseArgs("retrain");

        RetrainCommand retrain = (RetrainCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(retrain.data).isEqualTo("s3://my-sentio-bucket/data/womens_clothing_reviews.csv.gz");
        assertThat(retrain.store).isEqualTo("s3://my-sentio-bucket/models/reviews");
        assertThat(retrain.alias).isEqualTo("live");
        assertThat(retrain.gate.policy()).isEqualTo(new GatePolicy(GateMetric.MACRO_F1, 0.005));
        assertThat(retrain.training.epochs).isEqualTo("auto");
        assertThat(retrain.training.l2).isEqualTo("auto");
        assertThat(retrain.training.minCount).isEqualTo("auto");
        assertThat(retrain.training.ngramMax).isEqualTo("auto");
        assertThat(retrain.training.testFraction).isEqualTo(0.2);
        assertThat(retrain.out).isNull();
    }

    @Test
    void flagsOverrideTheExampleConfig() {
        CliRun run = CliRun.run(Map.of(), "retrain", "--config", EXAMPLE.toString(), "--gate-tolerance", "-1");

        assertThat(run.exitCode()).isEqualTo(SentioCli.FAILED);
        assertThat(run.err()).startsWith("error: --gate-tolerance").contains("was -1.0");
    }
}
