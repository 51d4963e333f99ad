package io.sentio.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.contract.CliExitCodes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The exit codes the contract promises are the ones the CLI returns. */
class ExitCodesTest {

    @Test
    void aCommandLinePicocliCannotParseExitsWithTheContractsUsageCode() {
        CliRun run = CliRun.run(Map.of(), "train", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(CliExitCodes.USAGE).isEqualTo(CommandLine.ExitCode.USAGE);
    }

    @Test
    void okIsZeroAndEveryOtherOutcomeHasItsOwnCode() {
        assertThat(CliExitCodes.OK).isZero();
        assertThat(new int[] {CliExitCodes.OK, CliExitCodes.FAILED, CliExitCodes.USAGE, CliExitCodes.GATE_REFUSED,
                CliExitCodes.ALIAS_MOVED}).doesNotHaveDuplicates();
    }
}
