package com.assisto.integration.erp.webapi;

import com.assisto.application.exchange.ExchangeJournal;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.Transport;
import com.assisto.integration.erp.exchange.DropFolderRoute;
import com.assisto.integration.erp.exchange.InboundFlow;
import com.assisto.integration.erp.exchange.InboundRun;
import com.assisto.integration.erp.exchange.JsonRecords;
import com.assisto.integration.erp.mexal.MexalValues;
import com.assisto.integration.erp.mexal.MexalWebApi;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Polls an inbound flow from the ERP's WebAPI (X3, REST polling), on {@code direct:erp-<flow>-poll}
 * (the persistent timer of {@code ErpSchedule} and the console's "run now" send to it): a GET of
 * the flow's resource with {@code ?dal=} the day of the last good poll, whose records go through the
 * same run as a file's. A poll that failed does not move the day on, so nothing is skipped; the
 * same answer twice is logged as a duplicate and changes nothing. An unreachable ERP or a 5xx is
 * retried with back-off and then left to the next poll; a 401 is never retried and stops the flow
 * until a person resumes it, since Mexal locks a user after repeated failed logins.
 *
 * @param <R> the record the flow's translator makes
 */
public class WebApiPollRoute<R> extends RouteBuilder {

    /** One provider for every call: {@code Json.create…} looks the provider up anew each time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(WebApiPollRoute.class.getName());
    private static final String TARGET = "AssistoTarget";
    private static final String QUERY = "AssistoQuery";
    private static final String STARTED_ON = "AssistoStartedOn";
    private static final String CONTENT_KEY = "AssistoContentKey";
    private static final int BATCH = 1000;

    private final InboundRun run;
    private final ExchangeJournal journal;
    private final InboundFlow<R> inbound;
    private final String resource;

    public WebApiPollRoute(InboundRun run, ExchangeJournal journal, InboundFlow<R> inbound) {
        this.run = run;
        this.journal = journal;
        this.inbound = inbound;
        this.resource = inbound.webApiResource().orElseThrow();
    }

    /** Where the route that polls a flow listens. */
    public static String pollUri(ErpFlow flow) {
        return "direct:erp-" + flow.settingName() + "-poll";
    }

    @Override
    public void configure() {
        ErpFlow flow = inbound.flow();
        int redeliveries = ConfigProvider.getConfig()
                .getOptionalValue("erp.webapi.redeliveries", Integer.class)
                .orElse(3);
        long firstDelay = ConfigProvider.getConfig()
                .getOptionalValue("erp.webapi.redelivery-delay-millis", Long.class)
                .orElse(1000L);
        onException(HttpOperationFailedException.class)
                .onWhen(exchange -> status(exchange) == 401)
                .handled(true)
                .process(exchange -> {
                    String reason = "the ERP refused Assisto's credentials (HTTP 401): check erp.webapi.user and"
                            + " erp.webapi.password, then resume the flow";
                    journal.pause(flow, reason);
                    failed(flow, exchange, reason);
                });
        onException(HttpOperationFailedException.class, IOException.class)
                .onWhen(exchange -> retryable(status(exchange)))
                .maximumRedeliveries(redeliveries)
                .redeliveryDelay(firstDelay)
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .maximumRedeliveryDelay(60_000)
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .handled(true)
                .process(exchange -> failed(
                        flow,
                        exchange,
                        "the ERP could not be reached or failed, " + describe(exchange)
                                + "; the next poll reads the same days again"));
        onException(HttpOperationFailedException.class)
                .handled(true)
                .process(exchange -> failed(flow, exchange, "the ERP refused the request, " + describe(exchange)));

        from(pollUri(flow))
                .routeId("erp-" + flow.settingName() + "-poll")
                .filter(exchange -> !journal.isPaused(flow))
                .process(this::request)
                .toD("${exchangeProperty." + TARGET + "}?throwExceptionOnFailure=true")
                .convertBodyTo(String.class)
                .process(this::contentKey)
                .idempotentConsumer(header(CONTENT_KEY))
                .idempotentRepository(DropFolderRoute.RECEIVED)
                // the key is kept once the content is taken, not before: a server killed while
                // reading leaves the file to another, which must not find it "already received"
                .eager(false)
                .skipDuplicate(false)
                .choice()
                .when(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                .process(exchange -> journal.duplicate(flow, Transport.REST_POLL, source(exchange)))
                .otherwise()
                .process(this::apply)
                .end();
    }

    private void request(Exchange exchange) {
        LocalDate startedOn = LocalDate.now();
        exchange.setProperty(STARTED_ON, startedOn);
        exchange.getIn().getHeaders().clear();
        MexalWebApi.headers().forEach(exchange.getIn()::setHeader);
        exchange.getIn().setHeader(Exchange.HTTP_METHOD, "GET");
        // the query goes as a header: in the endpoint's URI it would be read as the endpoint's options
        journal.pollSince(inbound.flow()).ifPresent(since -> {
            String query = "dal=" + MexalValues.aaaammgg(since);
            exchange.getIn().setHeader(Exchange.HTTP_QUERY, query);
            exchange.setProperty(QUERY, query);
        });
        exchange.getIn().setBody(null);
        exchange.setProperty(TARGET, MexalWebApi.url() + "/webapi/risorse/" + resource);
    }

    /** The flow and the SHA-256 of the answer: the same answer again is the same message. */
    private void contentKey(Exchange exchange) throws NoSuchAlgorithmException {
        byte[] body = exchange.getIn().getBody(String.class).getBytes(StandardCharsets.UTF_8);
        exchange.getIn()
                .setHeader(
                        CONTENT_KEY,
                        inbound.flow().settingName() + ":"
                                + HexFormat.of()
                                        .formatHex(MessageDigest.getInstance("SHA-256")
                                                .digest(body)));
    }

    private void apply(Exchange exchange) {
        JsonArray records;
        try (JsonReader reader =
                JSON.createReader(new StringReader(exchange.getIn().getBody(String.class)))) {
            records = reader.readObject().getJsonArray("dati");
        }
        LocalDate startedOn = exchange.getProperty(STARTED_ON, LocalDate.class);
        if (records.isEmpty()) {
            // nothing changed at the ERP: not worth a line in the log every few minutes
            journal.polled(inbound.flow(), startedOn);
            return;
        }
        InboundRun.Result result = run.run(
                inbound.flow(),
                Transport.REST_POLL,
                source(exchange),
                JsonRecords.parsed(records, inbound),
                inbound::apply,
                BATCH);
        journal.polled(inbound.flow(), startedOn);
        LOG.fine(() -> "polled " + resource + ": " + result.counts());
    }

    private void failed(ErpFlow flow, Exchange exchange, String reason) {
        long id = journal.begin(flow, Transport.REST_POLL, source(exchange));
        journal.fail(id, reason, com.assisto.domain.exchange.ExchangeCounts.NONE);
        LOG.warning(() -> flow.settingName() + " poll failed: " + reason);
    }

    /** The call as the log shows it: the resource's path and its query. */
    private String source(Exchange exchange) {
        String target = exchange.getProperty(TARGET, String.class);
        String query = exchange.getProperty(QUERY, String.class);
        return (target == null ? resource : target.replaceFirst("^https?://[^/]+", ""))
                + (query == null ? "" : "?" + query);
    }

    private static boolean retryable(int status) {
        return status == 0 || status >= 500 || status == 408 || status == 429;
    }

    private static int status(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)
                        instanceof HttpOperationFailedException http
                ? http.getStatusCode()
                : 0;
    }

    private static String describe(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (failure instanceof HttpOperationFailedException http) {
            return "HTTP " + http.getStatusCode() + " "
                    + (http.getResponseBody() == null ? "" : http.getResponseBody());
        }
        return failure == null ? "unknown error" : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
