package io.sentio.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The local twin of API Gateway + Lambda ({@code sam local start-api} without Docker) on Jetty:
 * each HTTP request becomes the payload-2.0 event API Gateway would send, goes through the same
 * handler, and the handler's response is written back. Requests the server itself refuses (not
 * HTTP, headers too large…) are answered in the API's error shape too.
 */
public final class LocalServer implements AutoCloseable {
    /** Jetty's own threads besides the request threads: one acceptor, one selector. */
    private static final int ACCEPTORS = 1;
    private static final int SELECTORS = 1;

    private final Server server;
    private final ServerConnector connector;

    private LocalServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * @param port         0 picks a free port (see {@link #port()})
     * @param threads      requests handled at once (more clients wait their turn)
     * @param maxBodyBytes bodies are read up to one byte past this, enough for the handler's 413
     */
    public static LocalServer start(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
            String host, int port, int threads, int maxBodyBytes) throws IOException {
        QueuedThreadPool pool = new QueuedThreadPool(threads + ACCEPTORS + SELECTORS);
        pool.setName("serve");
        pool.setDaemon(true);
        pool.setReservedThreads(0);
        Server server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, ACCEPTORS, SELECTORS, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new GatewayHandler(new ApiGateway(handler), maxBodyBytes));
        server.setErrorHandler(new RefusalHandler());
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        return new LocalServer(server, connector);
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping anyway
        }
    }
}
