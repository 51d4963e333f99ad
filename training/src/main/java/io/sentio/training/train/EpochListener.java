package io.sentio.training.train;

import io.sentio.training.progress.Progress;
import java.util.function.LongConsumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tribuo.common.sgd.AbstractSGDTrainer;

/**
 * Tribuo's SGD trainers report progress only as log lines ("At iteration N, average loss = X").
 * This turns them into progress: with the logging interval set to one epoch's steps, each line is
 * one finished epoch. Tribuo's other INFO chatter is kept off the console.
 */
final class EpochListener extends Handler implements AutoCloseable {
    private static final Pattern ITERATION = Pattern.compile("At iteration (\\d+), average loss = (\\S+)");

    // Held strongly: java.util.logging forgets loggers nobody references, and with them our settings.
    private final Logger tribuo = Logger.getLogger("org.tribuo");
    private final Logger sgd = Logger.getLogger(AbstractSGDTrainer.class.getName());
    private final Level previousTribuoLevel = tribuo.getLevel();
    private final long stepsPerEpoch;
    private final LongConsumer epochDone;
    private final Progress progress;

    EpochListener(long stepsPerEpoch, LongConsumer epochDone, Progress progress) {
        this.stepsPerEpoch = stepsPerEpoch;
        this.epochDone = epochDone;
        this.progress = progress;
        tribuo.setLevel(Level.WARNING);
        sgd.setLevel(Level.INFO);
        sgd.setUseParentHandlers(false);
        sgd.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage();
        if (message == null) {
            return;
        }
        Matcher m = ITERATION.matcher(message);
        if (m.find()) {
            long epoch = Long.parseLong(m.group(1)) / stepsPerEpoch;
            progress.detail("epoch " + epoch + ": average loss " + m.group(2));
            epochDone.accept(epoch);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        sgd.removeHandler(this);
        sgd.setUseParentHandlers(true);
        sgd.setLevel(null);
        tribuo.setLevel(previousTribuoLevel);
    }
}
