package io.sentio.function.local.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestReaderTest {
    private static final int MAX_BODY = 64;

    @Test
    void readsRequestLineHeadersAndContentLengthBody() throws Exception {
        RequestReader reader = reader("POST /predict?x=1 HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                + "Content-Length: 11\r\n\r\n{\"text\":\"\"}");

        RequestHead head = reader.readHead().orElseThrow();
        RequestReader.Body body = reader.readBody(head);

        assertThat(head.method()).isEqualTo("POST");
        assertThat(head.target()).isEqualTo("/predict?x=1");
        assertThat(head.version()).isEqualTo("HTTP/1.1");
        assertThat(head.headers()).containsEntry("content-type", "application/json").containsEntry("host", "a");
        assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"\"}");
        assertThat(body.truncated()).isFalse();
    }

    @Test
    void readsPipelinedRequestsOneAfterAnother() throws Exception {
        RequestReader reader = reader("GET /a HTTP/1.1\r\nHost: h\r\n\r\nPOST /b HTTP/1.1\r\nHost: h\r\n"
                + "Content-Length: 2\r\n\r\nhiGET /c HTTP/1.1\r\nHost: h\r\n\r\n");

        RequestHead first = reader.readHead().orElseThrow();
        assertThat(reader.readBody(first).bytes()).isEmpty();
        RequestHead second = reader.readHead().orElseThrow();
        assertThat(reader.readBody(second).bytes()).containsExactly('h', 'i');
        RequestHead third = reader.readHead().orElseThrow();

        assertThat(first.target()).isEqualTo("/a");
        assertThat(second.target()).isEqualTo("/b");
        assertThat(third.target()).isEqualTo("/c");
        assertThat(reader.readHead()).isEmpty();
    }

    @Test
    void acceptsBareLineFeedsAndLeadingBlankLines() throws Exception {
        RequestHead head = reader("\r\n\nGET /health HTTP/1.1\nHost: h\n\n").readHead().orElseThrow();

        assertThat(head.target()).isEqualTo("/health");
    }

    @Test
    void joinsRepeatedHeadersAndTrimsValues() throws Exception {
        RequestHead head = reader("GET / HTTP/1.1\r\nHost: h\r\nAccept:  a/b \r\naccept: c/d\r\n\r\n")
                .readHead().orElseThrow();

        assertThat(head.headers()).containsEntry("accept", "a/b,c/d");
    }

    @Test
    void decodesChunkedBodiesWithExtensionsAndTrailers() throws Exception {
        RequestReader reader = reader("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;name=value\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: yes\r\n\r\n");

        RequestReader.Body body = reader.readBody(reader.readHead().orElseThrow());

        assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo("hello, world");
        assertThat(body.truncated()).isFalse();
    }

    @Test
    void readsOneBytePastTheLimitAndSaysTheBodyWasTruncated() throws Exception {
        RequestReader reader = reader("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1000\r\n\r\n" + "x".repeat(1000));

        RequestReader.Body body = reader.readBody(reader.readHead().orElseThrow());

        assertThat(body.bytes()).hasSize(MAX_BODY + 1);
        assertThat(body.truncated()).isTrue();
    }

    @Test
    void stopsReadingAChunkedBodyPastTheLimit() throws Exception {
        RequestReader reader = reader("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "40\r\n" + "y".repeat(64) + "\r\n40\r\n" + "z".repeat(64) + "\r\n0\r\n\r\n");

        RequestReader.Body body = reader.readBody(reader.readHead().orElseThrow());

        assertThat(body.bytes()).hasSize(MAX_BODY + 1);
        assertThat(body.truncated()).isTrue();
    }

    @Test
    void readsARawUtf8TargetAsTheTextTheClientMeant() throws Exception {
        byte[] request = "GET /predict?text=héllo HTTP/1.1\r\nHost: h\r\n\r\n".getBytes(StandardCharsets.UTF_8);

        RequestHead head = new RequestReader(new ByteArrayInputStream(request), MAX_BODY).readHead().orElseThrow();

        assertThat(head.target()).isEqualTo("/predict?text=héllo");
    }

    @Test
    void knowsWhenTheConnectionStaysOpen() throws Exception {
        assertThat(head("GET / HTTP/1.1\r\nHost: h\r\n\r\n").keepAlive()).isTrue();
        assertThat(head("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n").keepAlive()).isFalse();
        assertThat(head("GET / HTTP/1.0\r\n\r\n").keepAlive()).isFalse();
        assertThat(head("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").keepAlive()).isTrue();
        assertThat(head("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n\r\n").expectsContinue()).isTrue();
    }

    @Test
    void refusesMalformedRequestLines() {
        assertRefused("GET /\r\n\r\n", 400);
        assertRefused("GET  / HTTP/1.1\r\nHost: h\r\n\r\n", 400);
        assertRefused("G(T / HTTP/1.1\r\nHost: h\r\n\r\n", 400);
        assertRefused("GET / HTTX/1.1\r\nHost: h\r\n\r\n", 400);
        assertRefused("\r\n\r\n\r\n\r\n\r\n\r\n", 400);
    }

    @Test
    void refusesOtherHttpVersions() {
        assertRefused("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505);
        assertRefused("GET / HTTP/0.9\r\n\r\n", 505);
    }

    @Test
    void refusesAnHttp11RequestWithoutHost() {
        assertRefused("GET / HTTP/1.1\r\n\r\n", 400);
    }

    @Test
    void refusesMalformedHeaders() {
        assertRefused("GET / HTTP/1.1\r\nHost: h\r\nno colon here\r\n\r\n", 400);
        assertRefused("GET / HTTP/1.1\r\nHost : h\r\n\r\n", 400);
        assertRefused("GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n folded\r\n\r\n", 400);
    }

    @Test
    void refusesOversizedHeads() {
        assertRefused("GET /" + "a".repeat(RequestReader.MAX_REQUEST_LINE) + " HTTP/1.1\r\nHost: h\r\n\r\n", 414);
        assertRefused("GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + "b".repeat(RequestReader.MAX_HEADER_BYTES) + "\r\n\r\n",
                431);
        assertRefused("GET / HTTP/1.1\r\nHost: h\r\n" + "X-A: 1\r\n".repeat(RequestReader.MAX_HEADERS) + "\r\n", 431);
    }

    @Test
    void refusesAmbiguousOrUnsupportedBodyFraming() {
        assertBodyRefused("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n",
                400);
        assertBodyRefused("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501);
        assertBodyRefused("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", 400);
        assertBodyRefused("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2, 3\r\n\r\n", 400);
        assertBodyRefused("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400);
        assertBodyRefused("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabX\r\n0\r\n\r\n",
                400);
    }

    @Test
    void aConnectionClosedMidRequestIsAnEofNotARequest() throws Exception {
        assertThatThrownBy(() -> reader("GET / HTTP/1.1\r\nHost:").readHead()).isInstanceOf(EOFException.class);
        RequestReader reader = reader("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc");
        RequestHead head = reader.readHead().orElseThrow();
        assertThatThrownBy(() -> reader.readBody(head)).isInstanceOf(EOFException.class);
    }

    @Test
    void readsARequestArrivingOneByteAtATime() throws Exception {
        byte[] bytes = ("POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc").getBytes(StandardCharsets.US_ASCII);
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] target, int offset, int length) {
                return super.read(target, offset, Math.min(1, length));
            }
        };
        RequestReader reader = new RequestReader(trickle, MAX_BODY);

        RequestHead head = reader.readHead().orElseThrow();

        assertThat(reader.readBody(head).bytes()).containsExactly('a', 'b', 'c');
    }

    private static RequestReader reader(String text) {
        return new RequestReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), MAX_BODY);
    }

    private static RequestHead head(String text) throws IOException, ProtocolException {
        return reader(text).readHead().orElseThrow();
    }

    private static void assertRefused(String request, int status) {
        assertThatThrownBy(() -> reader(request).readHead())
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.status()).isEqualTo(status));
    }

    private static void assertBodyRefused(String request, int status) {
        assertThatThrownBy(() -> {
            RequestReader reader = reader(request);
            reader.readBody(reader.readHead().orElseThrow());
        }).isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.status()).isEqualTo(status));
    }
}
