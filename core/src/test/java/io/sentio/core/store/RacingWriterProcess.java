package io.sentio.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One writer of a directory store in a process of its own, for the test that races processes
 * ({@link ModelStoreOnFilesTest}): waits until the start file exists, publishes version 1 again
 * {@code publishes} times, then makes {@code moves} moves of alias {@code live}, each retried until
 * it is not refused by a conflict. Prints the versions it published, one a line.
 *
 * <p>Arguments: store directory, start file, writer name, publishes, moves.
 */
final class RacingWriterProcess {
    private RacingWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        ModelStore store = new ModelStore(new FileObjectStorage(Path.of(args[0])), Clock.systemUTC());
        Path start = Path.of(args[1]);
        String writer = args[2];
        int publishes = Integer.parseInt(args[3]);
        int moves = Integer.parseInt(args[4]);
        var bundle = store.load(1);
        while (!Files.exists(start)) {
            Thread.sleep(5);
        }
        for (int i = 0; i < publishes; i++) {
            System.out.println(store.publish(bundle));
        }
        for (int n = 0; n < moves; n++) {
            while (true) {
                try {
                    store.moveAlias("live", n % 2 + 1, writer, "move " + n);
                    break;
                } catch (AliasConflictException lost) {
                    // Someone else's move landed first; this one is made again on top of it.
                }
            }
        }
    }
}
