package io.sentio.training.data;

import io.sentio.core.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.util.HexFormat;

/** Hashes the (decompressed) bytes as a reader consumes them: the data's identity for the manifest. */
final class HashingInputStream extends DigestInputStream {

    HashingInputStream(InputStream in) {
        super(in, Sha256.digest());
    }

    /**
     * Reads whatever the parser left unread (a tar's end padding, say) and returns the hex sha256
     * of the whole stream, so equal files always get equal hashes.
     */
    String drainAndHash() throws IOException {
        transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(getMessageDigest().digest());
    }
}
