package io.sentio.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentio.function.testing.CapturedOutput;
import io.sentio.function.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever bytes a client sends, the twin answers with a status line (a refusal in the API's
 * JSON error shape when it is one) or closes the connection — and goes on serving the next client.
 */
class MalformedRequestPropertyTest {
    private static final int MAX_BODY = 256;
    private static LocalServer server;

    @BeforeContainer
    static void start() throws IOException {
        server = LocalServer.start(Fixtures.handler(Map.of("MAX_BODY_BYTES", Integer.toString(MAX_BODY))),
                "127.0.0.1", 0, 4, MAX_BODY);
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 150)
    void theServerAnswersOrClosesAndKeepsServing(@ForAll("wire") byte[] wire) throws IOException {
        String answer = CapturedOutput.capture(() -> exchange(wire)).value();
        if (answer.isEmpty()) {
            Statistics.label("outcome").collect("closed");
        } else {
            assertThat(answer).matches("(?s)HTTP/1\\.[01] \\d{3} .*");
            String status = answer.substring(9, 12);
            Statistics.label("outcome").collect(status);
            int headEnd = answer.indexOf("\r\n\r\n");
            String head = answer.substring(0, headEnd < 0 ? answer.length() : headEnd);
            String body = headEnd < 0 ? "" : answer.substring(headEnd + 4);
            if (status.startsWith("4") || status.startsWith("5")) {
                // A refusal is the API's JSON error; an answer to HEAD carries its headers only.
                assertThat(head).as(answer).containsIgnoringCase("Content-Type: application/json");
                if (!body.isEmpty()) {
                    assertThat(body).as(answer).contains("\"error\":{\"code\":\"");
                }
            }
        }
        String next = CapturedOutput.capture(() -> exchange(
                "GET /health HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))
                .value();
        assertThat(next).startsWith("HTTP/1.1 200 OK");
    }

    /** Sends the bytes, half-closes, and reads the answer until the server closes; "" if it answers nothing. */
    private static String exchange(byte[] wire) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(wire);
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (SocketException reset) {
            return ""; // closed (reset) without an answer: refused
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Requests as a client might garble them: real fragments in random order, and raw bytes. */
    @Provide
    Arbitrary<byte[]> wire() {
        Arbitrary<String> fragments = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("GET / HTTP/1.1\r\n", "POST /predict HTTP/1.1\r\n", "HEAD /x HTTP/1.0\r\n",
                        "Host: h\r\n", "Content-Type: application/json\r\n", "Content-Length: 5\r\n",
                        "Content-Length: 99999999999999999999\r\n", "Content-Length: -3\r\n",
                        "Transfer-Encoding: chunked\r\n", "Expect: 100-continue\r\n", "Connection: close\r\n", "\r\n",
                        "\n", "hello", "{\"text\":\"great\"}", "5\r\nhello\r\n", "0\r\n\r\n", "ffffffffffffffff\r\n",
                        "zz;ext\r\n", " folded\r\n", ": no name\r\n", "PRI * HTTP/2.0\r\n")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().withChars('\r', '\n', ' ', ':', 'a', '/').ofMaxLength(30)));
        Arbitrary<byte[]> text = fragments.list().ofMaxSize(12)
                .map(parts -> String.join("", parts).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        return Arbitraries.frequencyOf(Tuple.of(5, text), Tuple.of(1, raw));
    }
}
