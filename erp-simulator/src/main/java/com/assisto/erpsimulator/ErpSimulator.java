package com.assisto.erpsimulator;

import com.sun.net.httpserver.HttpServer;
import jakarta.xml.ws.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake of the company ERP (Passepartout Mexal-like) for tests and the demo: a WebAPI with a SOAP service on one
 * port, a control API on another, both on 127.0.0.1.
 *
 * <pre>{@code
 * try (ErpSimulator erp = ErpSimulator.start(new ErpSimulator.Settings(0, 0, "assisto", "s3cret", "DEMO"))) {
 *     erp.seed("clienti", List.of(Map.of("codice", "C001", "dt_mod", "20260105")));
 *     erp.mode(Mode.SLOW, Duration.ofMillis(800));
 *     ...
 *     assertEquals(1, erp.received().size());
 * }
 * }</pre>
 *
 * <p>Methods that bind a port throw {@link UncheckedIOException} when they cannot.
 */
public final class ErpSimulator implements AutoCloseable {

    /** The path of the SOAP service on the WebAPI port; its WSDL is served at this path with {@code ?wsdl}. */
    public static final String SOAP_PATH = "/soap/documenti";

    /** Loopback only: the simulator has fixed credentials and is no one's real ERP. */
    private static final String HOST = "127.0.0.1";

    /** More threads than the ERP's limit of concurrent calls, so that the limit is the ERP's and not the server's. */
    private static final int WEB_API_THREADS = 16;

    /**
     * How to start the simulator.
     *
     * @param webApiPort the WebAPI and SOAP port, 0 for a free one
     * @param controlPort the control API port, 0 for a free one
     * @param user the only ERP user the WebAPI accepts
     * @param password that user's password
     * @param company the only company ({@code Azienda}) the WebAPI knows
     */
    public record Settings(int webApiPort, int controlPort, String user, String password, String company) {
        public Settings {
            checkPort(webApiPort, "webApiPort");
            checkPort(controlPort, "controlPort");
            checkText(user, "user");
            checkText(password, "password");
            checkText(company, "company");
        }

        /** Never shows the password, so settings can be logged. */
        @Override
        public String toString() {
            return "Settings[webApiPort=" + webApiPort + ", controlPort=" + controlPort + ", user=" + user
                    + ", password=***, company=" + company + "]";
        }

        private static void checkPort(int port, String name) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(name + " must be 0 (a free port) to 65535, not " + port);
            }
        }

        private static void checkText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
        }
    }

    private final Gate gate;
    private final Ledger ledger = new Ledger();
    private final WebApiHandler webApiHandler;
    private final ExecutorService webApiThreads = Executors.newFixedThreadPool(WEB_API_THREADS, named("erp-webapi"));
    private final HttpServer control;

    /**
     * The WebAPI's port: chosen at the first start, kept so that coming back UP after DOWN reuses it. Volatile because
     * {@link #webApiUrl()} reads it without the lock that mode changes hold.
     */
    private volatile int webApiPort;

    /** The WebAPI listener and its SOAP endpoint, both null while DOWN. */
    private HttpServer webApi;

    private Endpoint soap;
    private boolean closed;

    static {
        // without it the JDK's server waits for the client's delayed ACK, about 40 ms an answer: an ERP
        // that slow would be measured instead of Assisto (read once, before the first server is made)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private ErpSimulator(Settings settings) throws IOException {
        gate = new Gate(settings.user(), settings.password());
        webApiHandler = new WebApiHandler(gate, ledger, settings.company());
        webApiPort = settings.webApiPort();
        control = HttpServer.create(new InetSocketAddress(HOST, settings.controlPort()), 0);
        // no executor: control calls are served one at a time, in order, which keeps mode changes ordered
        control.createContext("/control/", new ControlHandler(this, gate));
    }

    /** Starts both listeners and returns once they accept connections. */
    public static ErpSimulator start(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        ErpSimulator simulator;
        try {
            simulator = new ErpSimulator(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on control port " + settings.controlPort(), e);
        }
        try {
            simulator.startWebApi();
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        simulator.control.start();
        return simulator;
    }

    /** The WebAPI's base URL without a trailing slash, such as {@code http://127.0.0.1:8095}. */
    public String webApiUrl() {
        return "http://" + HOST + ":" + webApiPort;
    }

    /** The control API's base URL without a trailing slash. */
    public String controlUrl() {
        return "http://" + HOST + ":" + control.getAddress().getPort();
    }

    /**
     * Switches to a mode that needs no delay.
     *
     * @throws IllegalArgumentException for {@link Mode#SLOW}, which needs {@link #mode(Mode, Duration)}
     */
    public void mode(Mode mode) {
        if (mode == Mode.SLOW) {
            throw new IllegalArgumentException("SLOW needs a delay: use mode(Mode.SLOW, delay)");
        }
        mode(mode, Duration.ZERO);
    }

    /**
     * Switches mode; {@code delay} is how long each admitted call waits in {@link Mode#SLOW}. DOWN stops the WebAPI
     * listener; any other mode starts it again on the same port.
     */
    public synchronized void mode(Mode mode, Duration delay) {
        Objects.requireNonNull(mode, "mode");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        checkOpen();
        if (mode == Mode.DOWN) {
            stopWebApi();
        } else if (webApi == null) {
            startWebApi();
        }
        gate.mode(mode, delay);
    }

    /** The next {@code count} WebAPI or SOAP calls answer {@code status}, before the mode is even considered. */
    public void failNext(int count, int status) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP error, 400 to 599: " + status);
        }
        gate.failNext(count, status);
    }

    /** The documents booked, in booking order. */
    public List<ReceivedDocument> received() {
        return ledger.received();
    }

    /** Every call that posted a document (REST or SOAP), repeats included, refused ones not. */
    public int postsReceived() {
        return ledger.posts();
    }

    /** The most WebAPI and SOAP calls of the user in flight at once so far. */
    public int maxConcurrent() {
        return gate.maxConcurrent();
    }

    /** How many WebAPI and SOAP calls were answered 401. */
    public int unauthorizedCalls() {
        return gate.unauthorizedCalls();
    }

    /**
     * Replaces the records that {@code GET /webapi/risorse/{resource}} returns.
     *
     * @param resource one of clienti, scadenzario, articoli, progressivi-articoli, listini
     * @param records returned as given; a record's {@code dt_mod} (AAAAMMGG) is what {@code ?dal=} filters on
     */
    public void seed(String resource, List<Map<String, Object>> records) {
        ledger.seed(resource, records);
    }

    /** Forgets every document, seed, counter and pending failure, and comes back UP. */
    public synchronized void reset() {
        ledger.clear();
        gate.reset();
        mode(Mode.UP);
    }

    /** Stops both listeners. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopWebApi();
        control.stop(0);
        webApiThreads.shutdownNow();
    }

    private void startWebApi() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(HOST, webApiPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on WebAPI port " + webApiPort, e);
        }
        server.setExecutor(webApiThreads);
        server.createContext("/webapi/", webApiHandler);
        // an Endpoint publishes once only, so each start gets a new one
        Endpoint endpoint = Endpoint.create(new DocumentiEndpoint(gate, ledger));
        endpoint.publish(server.createContext(SOAP_PATH));
        server.start();
        webApiPort = server.getAddress().getPort();
        webApi = server;
        soap = endpoint;
    }

    private void stopWebApi() {
        if (webApi != null) {
            soap.stop();
            webApi.stop(0);
            webApi = null;
            soap = null;
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the ERP simulator is closed");
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> new Thread(task, prefix + "-" + count.incrementAndGet());
    }
}
