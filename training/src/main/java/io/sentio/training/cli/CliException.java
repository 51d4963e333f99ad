package io.sentio.training.cli;

/** A user mistake the CLI reports in one line, without a stack trace. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
