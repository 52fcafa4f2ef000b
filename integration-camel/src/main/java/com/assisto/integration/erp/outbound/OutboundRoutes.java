package com.assisto.integration.erp.outbound;

import com.assisto.application.exchange.ErpSettings;
import com.assisto.application.exchange.ExchangeJournal;
import com.assisto.application.exchange.OutboundMessage;
import com.assisto.application.exchange.OutboxDelivery;
import com.assisto.domain.exchange.Direction;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.ExchangeCounts;
import com.assisto.domain.exchange.Transport;
import com.assisto.domain.shared.Message;
import com.assisto.integration.erp.exchange.ErpCallFailed;
import com.assisto.integration.erp.mexal.MexalDocuments;
import com.assisto.integration.erp.mexal.MexalWebApi;
import com.assisto.integration.erp.soap.MexalSoapClient;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.model.RouteDefinition;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Delivers each outbound flow's due outbox messages (X2, X4), on {@code direct:erp-<flow>-deliver}
 * (the persistent timer of {@code ErpSchedule} and the console's "run now" send to it). The flow's
 * transport, {@code erp.<flow>.transport}, is FILE (one file in Mexal's transfer layout per batch of
 * 500, written whole and then renamed, in {@code erp.outbox/<flow>}) or REST (a POST per document to
 * the WebAPI, at most five at once, the reference as {@code Idempotency-Key}). A message is marked
 * sent only after the ERP acknowledged it. Over REST an unreachable ERP or a 5xx answer is
 * redelivered at once with exponential back-off, then left pending for a later run, each later;
 * a 4xx answer is not retried: the message becomes a dead letter; a 401 stops the flow until a
 * person resumes it, because Mexal locks a user after repeated failed logins.
 */
@Dependent
public class OutboundRoutes extends RouteBuilder {

    static final String WEBAPI_POST = "direct:erp-webapi-post";
    static final String SOAP_POST = "direct:erp-soap-post";
    static final String ERP_DOCUMENT = "AssistoErpDocument";
    static final String DELIVERY = "AssistoDelivery";
    static final String TARGET = "AssistoTarget";
    static final String WEBAPI = "AssistoWebApi";
    private static final int BATCH = 500;

    private final OutboxDelivery outbox;
    private final ExchangeJournal journal;
    private final ErpSettings settings;
    private ProducerTemplate producer;

    @Inject
    public OutboundRoutes(OutboxDelivery outbox, ExchangeJournal journal, ErpSettings settings) {
        this.outbox = outbox;
        this.journal = journal;
        this.settings = settings;
    }

    /** Where the route that delivers a flow listens. */
    public static String deliverUri(ErpFlow flow) {
        return "direct:erp-" + flow.settingName() + "-deliver";
    }

    @Override
    public void configure() {
        HttpComponent http = getContext().getComponent("http", HttpComponent.class);
        http.setConnectTimeout(setting("erp.webapi.connect-timeout-millis", 5000));
        http.setSoTimeout(setting("erp.webapi.timeout-millis", 30000));
        http.setResponseTimeout(setting("erp.webapi.timeout-millis", 30000));
        // the client's own retries of a 503 or 429 would hide from the redelivery below, its back-off and its log
        http.setAutomaticRetriesDisabled(true);
        producer = getContext().createProducerTemplate();
        ExecutorService calls = getContext()
                .getExecutorServiceManager()
                .newFixedThreadPool(this, "erp-webapi", MexalWebApi.maxConcurrentCalls());

        for (ErpFlow flow : ErpFlow.values()) {
            if (flow.direction() == Direction.OUTBOUND) {
                from(deliverUri(flow))
                        .routeId("erp-" + flow.settingName() + "-out")
                        .process(exchange -> deliver(flow, calls));
            }
        }

        sender(WEBAPI_POST, "erp-webapi-post")
                .process(exchange -> {
                    OutboundMessage message = exchange.getIn().getMandatoryBody(OutboundMessage.class);
                    WebApiCall call = exchange.getProperty(WEBAPI, WebApiCall.class);
                    call.headers().forEach(exchange.getIn()::setHeader);
                    exchange.getIn().setHeader("Idempotency-Key", message.reference());
                    exchange.getIn().setHeader(Exchange.CONTENT_TYPE, "application/json");
                    exchange.getIn().setHeader(Exchange.HTTP_METHOD, HttpMethods.POST);
                    exchange.getIn().setBody(MexalDocuments.json(message));
                    exchange.setProperty(TARGET, call.target());
                })
                .toD("${exchangeProperty." + TARGET + "}?throwExceptionOnFailure=true")
                .process(exchange -> {
                    exchange.setProperty(
                            DELIVERY,
                            exchange.getIn().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class) == 201
                                    ? Delivery.BOOKED
                                    : Delivery.ALREADY_BOOKED);
                    exchange.setProperty(
                            ERP_DOCUMENT,
                            MexalDocuments.bookedId(exchange.getIn().getBody(String.class)));
                });

        MexalSoapClient soap = new MexalSoapClient();
        sender(SOAP_POST, "erp-soap-post").process(exchange -> {
            MexalSoapClient.Booking booking = soap.register(exchange.getIn().getMandatoryBody(OutboundMessage.class));
            exchange.setProperty(DELIVERY, booking.duplicate() ? Delivery.ALREADY_BOOKED : Delivery.BOOKED);
            exchange.setProperty(ERP_DOCUMENT, booking.erpDocument());
        });
    }

    /**
     * A route that hands one document to the ERP, with the ERP's answers sorted the same way
     * whichever way the document travels: retried, refused, or the flow stopped.
     */
    private RouteDefinition sender(String uri, String routeId) {
        int redeliveries = (int) setting("erp.webapi.redeliveries", 3);
        long firstDelay = setting("erp.webapi.redelivery-delay-millis", 1000);
        RouteDefinition route = from(uri).routeId(routeId);
        route.onException(HttpOperationFailedException.class, ErpCallFailed.class, IOException.class)
                .onWhen(exchange -> retryable(status(exchange)))
                .maximumRedeliveries(redeliveries)
                .redeliveryDelay(firstDelay)
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .maximumRedeliveryDelay(60_000)
                .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN)
                .handled(true)
                .setProperty(DELIVERY, constant(Delivery.RETRY_LATER))
                .end();
        route.onException(HttpOperationFailedException.class, ErpCallFailed.class)
                .onWhen(exchange -> status(exchange) == 401)
                .handled(true)
                .setProperty(DELIVERY, constant(Delivery.UNAUTHORIZED))
                .end();
        route.onException(HttpOperationFailedException.class, ErpCallFailed.class)
                .handled(true)
                .setProperty(DELIVERY, constant(Delivery.REFUSED))
                .end();
        return route;
    }

    /**
     * Delivers the flow's backlog batch after batch, an exchange each, for as long as the ERP takes
     * every document of a full batch: a batch it did not take whole waits for a later run.
     */
    private void deliver(ErpFlow flow, ExecutorService calls) throws Exception {
        boolean more = true;
        while (more) {
            more = deliverBatch(flow, calls);
        }
    }

    /** One batch of due documents; whether a next batch may follow at once. */
    private boolean deliverBatch(ErpFlow flow, ExecutorService calls) throws Exception {
        if (journal.isPaused(flow)) {
            return false;
        }
        List<OutboundMessage> due = outbox.due(flow, BATCH);
        if (due.isEmpty()) {
            return false;
        }
        Transport transport = settings.transport(flow);
        long exchangeId = journal.begin(flow, transport, due.size() + " documents");
        try {
            Map<Delivery, Integer> outcomes = switch (transport) {
                case REST -> postEach(flow, exchangeId, due, calls, WEBAPI_POST, WebApiCall.now());
                case SOAP -> postEach(flow, exchangeId, due, calls, SOAP_POST, null);
                case FILE -> writeFile(flow, exchangeId, due);
                default ->
                    throw new IllegalStateException("erp." + flow.settingName() + ".transport is " + transport
                            + ": an outbound flow goes by FILE or REST");
            };
            return close(exchangeId, due.size(), outcomes) == 0 && due.size() == BATCH;
        } catch (ExecutionException broken) {
            journal.fail(exchangeId, describe(broken.getCause()), ExchangeCounts.NONE);
            throw new IllegalStateException(broken.getCause());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            journal.fail(exchangeId, "interrupted: the server is stopping", ExchangeCounts.NONE);
            return false;
        } catch (RuntimeException | IOException broken) {
            journal.fail(exchangeId, describe(broken), ExchangeCounts.NONE);
            throw broken;
        }
    }

    /**
     * Hands each document to the sender, at most as many at once as the pool's threads, and marks
     * sent together the documents the ERP acknowledged, those of a batch broken halfway included.
     */
    private Map<Delivery, Integer> postEach(
            ErpFlow flow,
            long exchangeId,
            List<OutboundMessage> due,
            ExecutorService calls,
            String sender,
            WebApiCall webApi)
            throws InterruptedException, ExecutionException {
        AtomicBoolean locked = new AtomicBoolean(false);
        List<Future<Sent>> sent = new ArrayList<>();
        for (OutboundMessage message : due) {
            sent.add(calls.submit(() -> post(flow, exchangeId, message, locked, sender, webApi)));
        }
        Map<Delivery, Integer> outcomes = new EnumMap<>(Delivery.class);
        Map<Long, String> acknowledged = new HashMap<>();
        try {
            for (Future<Sent> delivery : sent) {
                Sent document = delivery.get();
                outcomes.merge(document.delivery(), 1, Integer::sum);
                if (document.erpDocument() != null) {
                    acknowledged.put(document.messageId(), document.erpDocument());
                }
            }
        } finally {
            if (!acknowledged.isEmpty()) {
                outbox.acknowledged(acknowledged);
            }
        }
        return outcomes;
    }

    /** What became of one document handed to the ERP; the ERP's document when it acknowledged it. */
    private record Sent(long messageId, Delivery delivery, String erpDocument) {}

    private Sent post(
            ErpFlow flow,
            long exchangeId,
            OutboundMessage message,
            AtomicBoolean locked,
            String sender,
            WebApiCall webApi) {
        if (locked.get()) {
            return new Sent(message.id(), Delivery.NOT_SENT, null);
        }
        Exchange answer = producer.request(sender, exchange -> {
            exchange.getIn().setBody(message);
            exchange.setProperty(WEBAPI, webApi);
        });
        Delivery delivery = answer.getProperty(DELIVERY, Delivery.class);
        Exception failure = answer.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (delivery == null) {
            // not an answer of the ERP: the document could not even be made (say, a payload without its customer)
            outbox.refused(
                    exchangeId, flow, message.id(), Message.of("exchange.unmappable", describe(answer.getException())));
            return new Sent(message.id(), Delivery.REFUSED, null);
        }
        switch (delivery) {
            case BOOKED, ALREADY_BOOKED -> {
                return new Sent(message.id(), delivery, answer.getProperty(ERP_DOCUMENT, "", String.class));
            }
            case RETRY_LATER -> outbox.attemptFailed(message.id(), describe(failure));
            case REFUSED ->
                outbox.refused(
                        exchangeId,
                        flow,
                        message.id(),
                        Message.of("exchange.refusedByErp", status(failure), responseBody(failure)));
            case UNAUTHORIZED -> {
                if (locked.compareAndSet(false, true)) {
                    journal.pause(
                            flow,
                            "the ERP refused Assisto's credentials (HTTP 401): check erp.webapi.user and"
                                    + " erp.webapi.password, then resume the flow");
                }
            }
            default -> throw new IllegalStateException("unexpected delivery " + delivery);
        }
        return new Sent(message.id(), delivery, null);
    }

    private Map<Delivery, Integer> writeFile(ErpFlow flow, long exchangeId, List<OutboundMessage> due)
            throws IOException {
        Path folder = Path.of(ConfigProvider.getConfig().getValue("erp.outbox", String.class), flow.settingName());
        Files.createDirectories(folder);
        String name = flow.settingName() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + ".csv";
        StringBuilder text = new StringBuilder(MexalDocuments.CSV_HEADER).append('\n');
        List<OutboundMessage> written = new ArrayList<>();
        Map<Delivery, Integer> outcomes = new EnumMap<>(Delivery.class);
        for (OutboundMessage message : due) {
            try {
                text.append(MexalDocuments.csvLine(message)).append('\n');
                written.add(message);
            } catch (RuntimeException unmappable) {
                // one document that cannot be made must not hold back the others
                outbox.refused(exchangeId, flow, message.id(), Message.of("exchange.unmappable", describe(unmappable)));
                outcomes.merge(Delivery.REFUSED, 1, Integer::sum);
            }
        }
        if (!written.isEmpty()) {
            Path part = folder.resolve(name + ".part");
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            Map<Long, String> acknowledged = new HashMap<>();
            written.forEach(message -> acknowledged.put(message.id(), name));
            outbox.acknowledged(acknowledged);
            outcomes.put(Delivery.BOOKED, written.size());
        }
        return outcomes;
    }

    /** Closes the exchange with its counts; how many of its documents stay pending. */
    private int close(long exchangeId, int received, Map<Delivery, Integer> outcomes) {
        int booked = outcomes.getOrDefault(Delivery.BOOKED, 0);
        int already = outcomes.getOrDefault(Delivery.ALREADY_BOOKED, 0);
        int refused = outcomes.getOrDefault(Delivery.REFUSED, 0);
        ExchangeCounts counts = new ExchangeCounts(received, booked, 0, refused, already);
        int pending = received - booked - already - refused;
        if (outcomes.containsKey(Delivery.UNAUTHORIZED)) {
            journal.fail(
                    exchangeId,
                    "the ERP refused Assisto's credentials (HTTP 401); the flow is paused, " + pending
                            + " documents stay pending",
                    counts);
        } else if (pending > 0) {
            journal.fail(
                    exchangeId,
                    pending + " documents stay pending: the ERP could not be reached or failed;"
                            + " they are tried again later",
                    counts);
        } else {
            journal.finish(exchangeId, counts);
        }
        return pending;
    }

    /** Where the documents go over the WebAPI and the headers every call carries, read once a batch. */
    record WebApiCall(String target, Map<String, String> headers) {

        static WebApiCall now() {
            return new WebApiCall(MexalWebApi.url() + "/webapi/risorse/documenti/da-fatturare", MexalWebApi.headers());
        }
    }

    /** An unreachable ERP (no status), a 5xx, a timeout or too many calls: worth trying again. */
    private static boolean retryable(int status) {
        return status == 0 || status >= 500 || status == 408 || status == 429;
    }

    private static int status(Exchange exchange) {
        return status(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
    }

    private static int status(Exception failure) {
        if (failure instanceof HttpOperationFailedException http) {
            return http.getStatusCode();
        }
        return failure instanceof ErpCallFailed call ? call.status() : 0;
    }

    private static String responseBody(Exception failure) {
        if (failure instanceof HttpOperationFailedException http) {
            return http.getResponseBody() == null ? "" : http.getResponseBody();
        }
        return failure instanceof ErpCallFailed call ? call.getMessage() : "";
    }

    private static String describe(Throwable failure) {
        if (failure instanceof HttpOperationFailedException http) {
            return "HTTP " + http.getStatusCode() + " " + responseBody(http);
        }
        if (failure instanceof ErpCallFailed call) {
            return (call.status() == 0 ? "" : "HTTP " + call.status() + " ") + call.getMessage();
        }
        return failure == null ? "unknown error" : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private static long setting(String name, long fallback) {
        return ConfigProvider.getConfig().getOptionalValue(name, Long.class).orElse(fallback);
    }
}
