package io.sentio.function.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
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
 * Whatever bytes a client sends, the reader either reads requests or refuses them as HTTP
 * (never another exception), and the server answers with a status line or closes — and goes on
 * serving the next client.
 */
class MalformedRequestPropertyTest {
    private static final int MAX_BODY = 256;
    private static Http11Server server;

    @BeforeContainer
    static void start() throws IOException {
        server = Http11Server.start(request -> new HttpResponse(200, Map.of(), request.body()),
                (status, code, message) -> new HttpResponse(status, Map.of(), message.getBytes(StandardCharsets.UTF_8)),
                Http11Server.Options.of("127.0.0.1", 0, 4, MAX_BODY));
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 1000)
    void theReaderReadsOrRefusesNeverFails(@ForAll("wire") byte[] wire) {
        RequestReader reader = new RequestReader(new ByteArrayInputStream(wire), MAX_BODY);
        String outcome;
        try {
            Optional<RequestHead> head;
            int requests = 0;
            while ((head = reader.readHead()).isPresent()) {
                assertThat(reader.readBody(head.get()).bytes().length).isLessThanOrEqualTo(MAX_BODY + 1);
                requests++;
            }
            outcome = requests + " request(s)";
        } catch (ProtocolException refused) {
            assertThat(refused.status()).isIn(400, 414, 431, 501, 505);
            outcome = "refused " + refused.status();
        } catch (IOException endedMidRequest) {
            outcome = "ended mid-request";
        }
        Statistics.label("outcome").collect(outcome.startsWith("refused") || outcome.startsWith("ended")
                ? outcome : "read");
    }

    @Property(tries = 150)
    void theServerAnswersOrClosesAndKeepsServing(@ForAll("wire") byte[] wire) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(wire);
            socket.shutdownOutput();
            byte[] answer = socket.getInputStream().readAllBytes();
            if (answer.length > 0) {
                assertThat(new String(answer, StandardCharsets.ISO_8859_1)).matches("(?s)HTTP/1\\.[01] \\d{3} .*");
            }
        }
        try (Socket next = new Socket("127.0.0.1", server.port())) {
            next.setSoTimeout(5_000);
            next.getOutputStream().write("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = next.getInputStream();
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200 OK");
        }
    }

    /** Requests as a client might garble them: real fragments in random order, and raw bytes. */
    @Provide
    Arbitrary<byte[]> wire() {
        Arbitrary<String> fragments = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("GET / HTTP/1.1\r\n", "POST /predict HTTP/1.1\r\n", "HEAD /x HTTP/1.0\r\n",
                        "Host: h\r\n", "Content-Length: 5\r\n", "Content-Length: 99999999999999999999\r\n",
                        "Content-Length: -3\r\n", "Transfer-Encoding: chunked\r\n", "Expect: 100-continue\r\n",
                        "Connection: close\r\n", "\r\n", "\n", "hello", "5\r\nhello\r\n", "0\r\n\r\n",
                        "ffffffffffffffff\r\n", "zz;ext\r\n", " folded\r\n", ": no name\r\n", "PRI * HTTP/2.0\r\n")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().withChars('\r', '\n', ' ', ':', 'a', '/').ofMaxLength(30)));
        Arbitrary<byte[]> text = fragments.list().ofMaxSize(12)
                .map(parts -> String.join("", parts).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        return Arbitraries.frequencyOf(Tuple.of(5, text), Tuple.of(1, raw));
    }
}
