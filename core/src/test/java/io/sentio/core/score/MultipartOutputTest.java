package io.sentio.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.core.testing.S3TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Outputs larger than one upload part, against a real S3-compatible server. */
class MultipartOutputTest {
    @RegisterExtension
    static final S3TestServer S3 = new S3TestServer();

    @Test
    void aLargeOutputIsInvisibleUntilCommittedThenWhole() throws IOException {
        String bucket = S3.newBucket();
        S3Prefix out = new S3Prefix(S3.client(), bucket, "out");
        byte[] bytes = new byte[MultipartOutput.PART_BYTES * 2 + 12345];
        new Random(7).nextBytes(bytes);

        try (Location.Pending pending = out.create("big.jsonl")) {
            OutputStream stream = pending.stream();
            for (int at = 0; at < bytes.length; at += 100_000) {
                stream.write(bytes, at, Math.min(100_000, bytes.length - at));
            }
            stream.close();
            assertThat(out.exists("big.jsonl")).isFalse();
            pending.commit();
        }

        assertThat(Arrays.equals(out.read("big.jsonl").orElseThrow(), bytes)).isTrue();
    }

    @Test
    void anOutputDroppedMidwayLeavesNoObjectAndNoOpenUpload() throws IOException {
        String bucket = S3.newBucket();
        S3Prefix out = new S3Prefix(S3.client(), bucket, "out");
        try (Location.Pending pending = out.create("half.jsonl")) {
            pending.stream().write(new byte[MultipartOutput.PART_BYTES + 1]);
        }
        assertThat(out.exists("half.jsonl")).isFalse();
        assertThat(S3.client().listMultipartUploads(b -> b.bucket(bucket)).uploads()).isEmpty();
    }
}
