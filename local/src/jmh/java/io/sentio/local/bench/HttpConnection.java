package io.sentio.local.bench;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 keep-alive client for load generation: pre-encoded requests, responses
 * read by Content-Length. Minimal on purpose: the load generator shares the server's two cores,
 * so every microsecond it spends is taken from the server being measured.
 */
final class HttpConnection implements Closeable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] skip = new byte[8192];
    private final StringBuilder line = new StringBuilder(128);

    HttpConnection(int port) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16384);
    }

    static byte[] post(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    static byte[] get(String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends one request and reads the whole response; returns its status. */
    int exchange(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String status = readLine();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = 0;
        String header;
        while (!(header = readLine()).isEmpty()) {
            if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                length = Long.parseLong(header.substring(15).trim());
            }
        }
        while (length > 0) {
            int n = in.read(skip, 0, (int) Math.min(skip.length, length));
            if (n < 0) {
                throw new IOException("connection closed mid-body");
            }
            length -= n;
        }
        return code;
    }

    private String readLine() throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
