package io.sentio.function.local.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server for the local twin: one thread per connection, keep-alive and
 * pipelining, Content-Length and chunked bodies, {@code Expect: 100-continue}, and one write per
 * response.
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver}: under load it hands every request from its
 * selector thread to a worker and back, re-registers the connection after each exchange, and
 * writes headers and body with separate system calls — on two cores that cost more than the
 * classification it serves (docs/PERFORMANCE.md). Why not Netty or Jetty: 2–3 MB more in a
 * deployable jar capped at 25 MB, and more classes to load in a cold start budgeted at 1 s.
 * A blocking thread per connection is the cheapest way to serve a handful of clients: a request
 * costs one read, the handler and one write, all on one thread.
 *
 * <p>At most {@link Options#maxConnections} connections are open at once (further ones wait in
 * the accept backlog), at most {@link Options#maxConcurrentRequests} requests run in the handler at
 * once, and a connection that has kept the server waiting for {@link Options#idleTimeout} (between
 * requests, or for the rest of a request) is closed.
 */
public final class Http11Server implements AutoCloseable {
    private static final Duration LINGER = Duration.ofSeconds(2);
    private static final long MAX_LINGER_BYTES = 64L << 20;

    private final ServerSocket listener;
    private final HttpHandler handler;
    private final ErrorResponder errors;
    private final Options options;
    private final ExecutorService connectionThreads;
    private final Semaphore connectionSlots;
    private final Semaphore requestSlots;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService reaper;
    private final Thread acceptor;
    private volatile boolean stopping;

    /**
     * @param maxConcurrentRequests requests in the handler at once (the local stand-in for Lambda concurrency)
     * @param maxBodyBytes          bodies are read up to one byte past this (enough for the handler to refuse them)
     */
    public record Options(String host, int port, int maxConcurrentRequests, int maxConnections, int maxBodyBytes,
            Duration idleTimeout) {
        public static final int DEFAULT_MAX_CONNECTIONS = 256;
        public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

        public Options {
            if (maxConcurrentRequests < 1 || maxConnections < 1) {
                throw new IllegalArgumentException("concurrent requests and connections must be at least 1, were "
                        + maxConcurrentRequests + " and " + maxConnections);
            }
            if (maxBodyBytes < 0 || idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new IllegalArgumentException("body limit must not be negative and idle timeout must be positive");
            }
        }

        public static Options of(String host, int port, int maxConcurrentRequests, int maxBodyBytes) {
            return new Options(host, port, maxConcurrentRequests, DEFAULT_MAX_CONNECTIONS, maxBodyBytes,
                    DEFAULT_IDLE_TIMEOUT);
        }
    }

    private Http11Server(ServerSocket listener, HttpHandler handler, ErrorResponder errors, Options options) {
        this.listener = listener;
        this.handler = handler;
        this.errors = errors;
        this.options = options;
        AtomicInteger ids = new AtomicInteger();
        this.connectionThreads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "serve-" + ids.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.connectionSlots = new Semaphore(options.maxConnections());
        this.requestSlots = new Semaphore(options.maxConcurrentRequests());
        this.acceptor = new Thread(this::acceptLoop, "serve-accept");
        this.acceptor.setDaemon(true);
        this.reaper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "serve-idle-reaper");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * A connection and since when it has been waiting on its client (0 while the server works on
     * a request). Idle connections are closed by a reaper rather than a socket read timeout: the
     * JDK turns a timed read into a non-blocking read, a poll and a second read — two system calls
     * more on every request.
     */
    private static final class Connection {
        final Socket socket;
        volatile long waitingSince;

        Connection(Socket socket) {
            this.socket = socket;
            this.waitingSince = System.nanoTime();
        }
    }

    /** @param errors renders the server's own refusals (400, 414, 431, 501, 505, and 500 for a failed handler) */
    public static Http11Server start(HttpHandler handler, ErrorResponder errors, Options options) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getByName(options.host()), options.port()), 1024);
        Http11Server server = new Http11Server(listener, handler, errors, options);
        server.acceptor.start();
        long every = Math.max(10, Math.min(1_000, options.idleTimeout().toMillis() / 4));
        server.reaper.scheduleWithFixedDelay(server::closeIdle, every, every, TimeUnit.MILLISECONDS);
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Stops accepting, closes every connection (idle or not) and waits a little for their threads. */
    @Override
    public void close() {
        stopping = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        reaper.shutdownNow();
        open.forEach(connection -> closeQuietly(connection.socket));
        connectionThreads.shutdown();
        try {
            connectionThreads.awaitTermination(5, TimeUnit.SECONDS);
            acceptor.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!stopping) {
            try {
                connectionSlots.acquire();
                Socket socket;
                try {
                    socket = listener.accept();
                } catch (IOException e) {
                    connectionSlots.release();
                    if (stopping) {
                        return;
                    }
                    continue; // one failed accept (e.g. a reset before it was taken) is not fatal
                }
                Connection connection = new Connection(socket);
                open.add(connection);
                connectionThreads.execute(() -> serve(connection));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void closeIdle() {
        long now = System.nanoTime();
        long limit = options.idleTimeout().toNanos();
        for (Connection connection : open) {
            long since = connection.waitingSince;
            if (since != 0 && now - since > limit) {
                closeQuietly(connection.socket); // its thread's blocked read ends with an exception
            }
        }
    }

    private void serve(Connection connection) {
        Socket socket = connection.socket;
        try (socket) {
            socket.setTcpNoDelay(true);
            String remote = socket.getInetAddress().getHostAddress();
            RequestReader reader = new RequestReader(socket.getInputStream(), options.maxBodyBytes());
            ResponseWriter writer = new ResponseWriter(socket.getOutputStream());
            boolean keepGoing = true;
            while (keepGoing && !stopping) {
                keepGoing = exchange(connection, reader, writer, remote);
            }
            if (!stopping) {
                lingeringClose(socket);
            }
        } catch (IOException | RuntimeException e) {
            // The client went away, timed out while idle or sent half a request: nothing to answer.
        } finally {
            open.remove(connection);
            connectionSlots.release();
        }
    }

    /** One request and its response; false when the connection must close afterwards. */
    private boolean exchange(Connection connection, RequestReader reader, ResponseWriter writer, String remote)
            throws IOException {
        RequestHead head;
        RequestReader.Body body;
        try {
            connection.waitingSince = System.nanoTime();
            Optional<RequestHead> next = reader.readHead();
            if (next.isEmpty()) {
                return false;
            }
            head = next.get();
            if (head.expectsContinue()) {
                writer.writeContinue();
            }
            connection.waitingSince = System.nanoTime(); // the idle limit again, for the body
            body = reader.readBody(head);
            connection.waitingSince = 0;
        } catch (ProtocolException e) {
            writer.write(errors.respond(e.status(), e.code(), e.getMessage()), false, false, false);
            return false;
        }
        HttpRequest request = new HttpRequest(head.method(), head.target(), head.version(), head.headers(),
                body.bytes(), body.truncated(), remote);
        HttpResponse response = handle(request);
        boolean keepAlive = head.keepAlive() && !body.truncated() && !stopping;
        writer.write(response, "HEAD".equals(head.method()), keepAlive, head.isHttp10());
        return keepAlive;
    }

    private HttpResponse handle(HttpRequest request) {
        requestSlots.acquireUninterruptibly();
        try {
            return handler.handle(request);
        } catch (RuntimeException e) {
            return errors.respond(500, "internal_error", "the local server failed to handle the request");
        } finally {
            requestSlots.release();
        }
    }

    /**
     * Closing a socket with unread input makes the kernel send a reset, which can destroy the
     * response still on its way (a client told 413 while it is still sending the body would see
     * "connection reset" instead). So: finish our side, read and drop what the client still sends
     * for a short while, then close.
     */
    private static void lingeringClose(Socket socket) throws IOException {
        socket.shutdownOutput();
        socket.setSoTimeout((int) LINGER.toMillis());
        InputStream in = socket.getInputStream();
        byte[] sink = new byte[16 * 1024];
        long deadline = System.nanoTime() + LINGER.toNanos();
        long drained = 0;
        while (System.nanoTime() < deadline && drained < MAX_LINGER_BYTES) {
            int n = in.read(sink);
            if (n < 0) {
                return;
            }
            drained += n;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException | RuntimeException ignored) {
            // already closed
        }
    }

    /** For tests: connections open right now. */
    int openConnections() {
        return open.size();
    }
}
