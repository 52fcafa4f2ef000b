package com.assisto.integration.erp.outbound;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.application.exchange.ErpSettings;
import com.assisto.application.exchange.OutboundMessage;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.ExchangeCounts;
import com.assisto.domain.exchange.Transport;
import com.assisto.erpsimulator.ErpSimulator;
import com.assisto.erpsimulator.Mode;
import com.assisto.erpsimulator.ReceivedDocument;
import com.assisto.integration.erp.InMemoryConfig;
import com.assisto.integration.erp.exchange.InMemoryJournal;
import com.assisto.integration.erp.exchange.InMemoryJournal.Outcome;
import com.assisto.integration.erp.exchange.InMemoryJournal.Run;
import com.assisto.integration.erp.outbound.InMemoryOutbox.Entry;
import com.assisto.integration.erp.outbound.InMemoryOutbox.State;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.model.ToDynamicDefinition;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbound delivery (X2) without a server: the instalments flow posts over HTTP to the ERP
 * simulator's WebAPI, the delivery-notes flow writes its drop folder, and the outbox and the
 * exchange log are kept in memory to see what the route reported.
 */
class OutboundRoutesTest extends CamelTestSupport {

    private static final String USER = "assisto";
    private static final String PASSWORD = "s3cret";
    private static final String COMPANY = "DEMO";
    private static final int REDELIVERIES = 3;
    private static final String WEBAPI_ROUTE = "erp-webapi-post";

    private static ErpSimulator erp;
    private static Path outboxFolder;

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryJournal journal = new InMemoryJournal();
    private final CallWatch calls = new CallWatch();

    @BeforeAll
    static void startErp() {
        erp = ErpSimulator.start(new ErpSimulator.Settings(0, 0, USER, PASSWORD, COMPANY));
        outboxFolder = Path.of("target", "route-test-outbox", String.valueOf(System.nanoTime()))
                .toAbsolutePath();
        installConfig("REST");
    }

    /** The settings, with the instalments travelling by the transport given. */
    private static void installConfig(String instalmentsTransport) {
        InMemoryConfig.install(Map.ofEntries(
                entry("erp.webapi.url", erp.webApiUrl()),
                entry("erp.webapi.user", USER),
                entry("erp.webapi.password", PASSWORD),
                entry("erp.webapi.company", COMPANY),
                entry("erp.webapi.redeliveries", String.valueOf(REDELIVERIES)),
                // the back-off still doubles, from 5 ms instead of a second, so the tests stay fast
                entry("erp.webapi.redelivery-delay-millis", "5"),
                entry("erp.instalments.transport", instalmentsTransport),
                entry("erp.outbox", outboxFolder.toString())));
    }

    @AfterAll
    static void stopErp() {
        erp.close();
        InMemoryConfig.uninstall();
    }

    @BeforeEach
    void erpUpAndEmpty() {
        erp.reset();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new OutboundRoutes(outbox, journal, new ErpSettings());
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        camel.getManagementStrategy().addEventNotifier(calls);
        return camel;
    }

    @Test
    void dueInstalmentsArePostedAsMexalDocumentsAndAcknowledgedWithTheErpsId() throws Exception {
        // a spy on the calls leaving for the WebAPI: the real simulator still answers them
        AdviceWith.adviceWith(
                context,
                WEBAPI_ROUTE,
                route -> route.interceptSendToEndpoint("http*").to("mock:webapi-calls"));
        MockEndpoint posted = getMockEndpoint("mock:webapi-calls");
        posted.expectedMessageCount(3);
        posted.expectedHeaderValuesReceivedInAnyOrder(
                "Idempotency-Key", "C-2026-0001#1", "C-2026-0001#2", "C-2026-0002#1");
        posted.allMessages().header("Authorization").isEqualTo("Passepartout YXNzaXN0bzpzM2NyZXQ=");
        posted.allMessages()
                .header("Coordinate-Gestionale")
                .isEqualTo("Azienda=DEMO Anno=" + Year.now() + " Magazzino=1");
        List<OutboundMessage> due = List.of(
                instalment("C-2026-0001", 1, "501.00001", LocalDate.of(2026, 12, 1)),
                instalment("C-2026-0001", 2, "501.00001", LocalDate.of(2027, 3, 1)),
                instalment("C-2026-0002", 1, "501.00002", LocalDate.of(2026, 12, 15)));

        deliver(ErpFlow.INSTALMENTS);

        posted.assertIsSatisfied();
        Map<String, ReceivedDocument> booked = bookedByKey();
        assertEquals(3, booked.size(), "each instalment booked once: " + booked.keySet());
        JsonObject second = json(booked.get("C-2026-0001#2").json());
        assertEquals("C-2026-0001#2", second.getString("riferimento"));
        assertEquals("RATA", second.getString("tipo"));
        assertEquals("501.00001", second.getString("cod_cliente"));
        assertEquals("20270301", second.getString("data_documento"));
        assertEquals("20261215", json(booked.get("C-2026-0002#1").json()).getString("data_documento"));
        for (OutboundMessage message : due) {
            Entry entry = outbox.entry(message.id());
            assertEquals(State.SENT, entry.state, message.reference());
            assertEquals(booked.get(message.reference()).erpId(), entry.erpDocument, message.reference());
            assertEquals(1, entry.reports, message.reference());
        }
        Run run = journal.onlyRun();
        assertEquals(Outcome.FINISHED, run.outcome);
        assertEquals(ErpFlow.INSTALMENTS, run.flow);
        assertEquals(Transport.REST, run.transport);
        assertEquals(ExchangeCounts.applied(3), run.counts);
    }

    @Test
    void aDocumentTheErpFailsTwiceIsRedeliveredAndBookedOnce() {
        OutboundMessage message = instalment("C-2026-0001", 1, "501.00001", LocalDate.of(2026, 12, 1));
        erp.failNext(2, 503);

        deliver(ErpFlow.INSTALMENTS);

        // at least one: the HTTP client itself may resend a 503 once before Camel sees it
        assertEquals(2, calls.redeliveries.get(), "each 503 was redelivered at once, by Camel and not by the client");
        assertEquals(1, erp.received().size());
        ReceivedDocument booked = erp.received().get(0);
        assertEquals(1, booked.timesPosted(), "the 503s booked nothing, the third call booked it");
        Entry entry = outbox.entry(message.id());
        assertEquals(State.SENT, entry.state);
        assertEquals(booked.erpId(), entry.erpDocument);
        assertEquals(1, entry.reports, "acknowledged once, no attempt recorded as failed");
        assertEquals(ExchangeCounts.applied(1), journal.onlyRun().counts);
        assertEquals(Outcome.FINISHED, journal.onlyRun().outcome);
    }

    @Test
    void whileTheErpIsDownDocumentsAreRedeliveredThenLeftPendingForALaterRun() {
        List<OutboundMessage> due = List.of(
                instalment("C-2026-0001", 1, "501.00001", LocalDate.of(2026, 12, 1)),
                instalment("C-2026-0001", 2, "501.00001", LocalDate.of(2027, 3, 1)),
                instalment("C-2026-0002", 1, "501.00002", LocalDate.of(2026, 12, 15)));
        erp.mode(Mode.DOWN);

        deliver(ErpFlow.INSTALMENTS);

        assertEquals(due.size() * REDELIVERIES, calls.redeliveries.get(), "every call was redelivered in full");
        for (OutboundMessage message : due) {
            Entry entry = outbox.entry(message.id());
            assertEquals(State.RETRY_LATER, entry.state, message.reference());
            assertTrue(entry.error.contains("Connection refused"), entry.error);
            assertEquals(1, entry.reports, message.reference());
        }
        Run run = journal.onlyRun();
        assertEquals(Outcome.FAILED, run.outcome);
        assertTrue(run.error.startsWith("3 documents stay pending"), run.error);
        assertEquals(new ExchangeCounts(3, 0, 0, 0, 0), run.counts);
        assertFalse(journal.isPaused(ErpFlow.INSTALMENTS), "an unreachable ERP is no reason to stop the flow");
    }

    @Test
    void aDocumentTheErpRefusesBecomesADeadLetterAndIsNotSentAgain() {
        OutboundMessage message = instalment("C-2026-0001", 1, "501.00001", LocalDate.of(2026, 12, 1));
        // only the first call is refused: a second one would be booked, so the simulator shows any retry
        erp.failNext(1, 400);

        deliver(ErpFlow.INSTALMENTS);

        assertEquals(0, calls.redeliveries.get());
        assertEquals(0, erp.postsReceived(), "the refused document was not posted again");
        Entry entry = outbox.entry(message.id());
        assertEquals(State.REFUSED, entry.state);
        assertEquals("exchange.refusedByErp", entry.refusal.key());
        assertEquals(400L, entry.refusal.arguments().get(0));
        assertTrue(
                entry.refusal.toString().contains("errore simulato 400"), "the ERP's answer is kept: " + entry.refusal);
        Run run = journal.onlyRun();
        assertEquals(run.id, entry.refusedInExchange, "the dead letter belongs to this exchange");
        assertEquals(ExchangeCounts.rejected(1), run.counts);
        assertEquals(Outcome.FINISHED, run.outcome, "nothing is left pending");
    }

    @Test
    void refusedCredentialsPauseTheFlowWithoutRetryingAndAPausedFlowSendsNothing() {
        List<OutboundMessage> due = instalments("C-2026-0004", 8);
        erp.mode(Mode.UNAUTHORIZED);

        deliver(ErpFlow.INSTALMENTS);

        // Mexal locks a user after repeated failed logins: the calls in flight when the first 401
        // came back get theirs too, but none is repeated and no further one is started
        int refusedCalls = erp.unauthorizedCalls();
        assertTrue(refusedCalls >= 1 && refusedCalls <= 5, refusedCalls + " calls answered 401");
        assertEquals(0, calls.redeliveries.get());
        assertTrue(journal.isPaused(ErpFlow.INSTALMENTS));
        assertTrue(
                journal.pauseReason(ErpFlow.INSTALMENTS).contains("HTTP 401"),
                journal.pauseReason(ErpFlow.INSTALMENTS));
        assertAllPending(due);
        Run run = journal.onlyRun();
        assertEquals(Outcome.FAILED, run.outcome);
        assertTrue(run.error.contains("the flow is paused, 8 documents stay pending"), run.error);
        assertEquals(new ExchangeCounts(8, 0, 0, 0, 0), run.counts);

        // the ERP would take the documents now, but only a person may resume the flow
        erp.mode(Mode.UP);
        NotifyBuilder anyCall =
                new NotifyBuilder(context).fromRoute(WEBAPI_ROUTE).whenDone(1).create();

        deliver(ErpFlow.INSTALMENTS);

        assertFalse(anyCall.matches(), "no document reached the WebAPI route");
        assertEquals(0, erp.postsReceived());
        assertEquals(refusedCalls, erp.unauthorizedCalls());
        assertEquals(1, journal.runs().size(), "a paused flow opens no exchange");
        assertAllPending(due);
    }

    @Test
    void aBacklogGoesOutBatchAfterBatchInOneRunWhileTheErpTakesItAll() {
        List<OutboundMessage> due = instalments("C-2026-0009", 1_100);

        deliver(ErpFlow.INSTALMENTS);

        assertEquals(1_100, erp.received().size(), "one run delivers the whole backlog");
        due.forEach(message -> assertEquals(State.SENT, outbox.entry(message.id()).state, message.reference()));
        assertEquals(
                List.of(ExchangeCounts.applied(500), ExchangeCounts.applied(500), ExchangeCounts.applied(100)),
                journal.runs().stream().map(run -> run.counts).toList(),
                "an exchange a batch");
    }

    @Test
    void aBatchTheErpDoesNotTakeWholeEndsTheRun() {
        List<OutboundMessage> due = instalments("C-2026-0010", 1_100);
        erp.mode(Mode.DOWN);

        deliver(ErpFlow.INSTALMENTS);

        assertEquals(1, journal.runs().size(), "the next batches wait for a later run");
        assertEquals(InMemoryJournal.Outcome.FAILED, journal.onlyRun().outcome);
        assertEquals(
                500,
                due.stream()
                        .filter(message -> outbox.entry(message.id()).state == State.RETRY_LATER)
                        .count(),
                "the batch tried, each document to be tried again later");
    }

    @Test
    void noMoreThanFiveCallsAreInFlightAtOnce() {
        List<OutboundMessage> due = instalments("C-2026-0003", 20);
        // each call is held long enough that calls overlap: the pool, not luck, keeps them at five
        erp.mode(Mode.SLOW, Duration.ofMillis(100));

        deliver(ErpFlow.INSTALMENTS);

        // the simulator counts only the calls it admits (a sixth gets 429), so count them leaving too
        int leaving = calls.maxInFlight.get();
        assertTrue(leaving <= 5, leaving + " calls at once; Mexal serves five per user");
        assertTrue(leaving >= 2, "the calls run in parallel, " + leaving + " at most");
        assertTrue(erp.maxConcurrent() <= 5, erp.maxConcurrent() + " calls admitted at once");
        assertEquals(20, erp.received().size());
        due.forEach(message -> assertEquals(State.SENT, outbox.entry(message.id()).state, message.reference()));
        assertEquals(ExchangeCounts.applied(20), journal.onlyRun().counts);
    }

    @Test
    void deliveryNotesAreWrittenAsOneMexalFileAndAcknowledgedWithItsName() throws IOException {
        List<OutboundMessage> due = List.of(
                deliveryNote(
                        "DN-7",
                        "{\"number\":\"DN-7\",\"date\":\"2026-12-02\",\"kind\":\"CREDIT\",\"contract\":\"C-1\","
                                + "\"customer\":\"501.00002\",\"description\":\"Toner; nero\",\"item\":\"TN-1\","
                                + "\"amount\":-35.5}"),
                deliveryNote(
                        "DN-8",
                        "{\"number\":\"DN-8\",\"date\":\"2026-12-03\",\"kind\":\"CHARGE\",\"contract\":\"C-2\","
                                + "\"customer\":\"501.00003\",\"description\":\"Intervento extra\",\"amount\":120}"));

        deliver(ErpFlow.DELIVERY_NOTES);

        Path folder = outboxFolder.resolve("delivery-notes");
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.toList();
        }
        // one complete file and no .part: it was written aside, then renamed into place
        assertEquals(1, files.size(), files.toString());
        Path file = files.get(0);
        String name = file.getFileName().toString();
        assertTrue(name.startsWith("delivery-notes-") && name.endsWith(".csv"), name);
        assertEquals(
                List.of(
                        "riferimento;tipo;cod_cliente;data_documento;rif_contratto;cod_articolo;descrizione;quantita;prezzo;totale",
                        "DN-7;BOLLA;501.00002;2026-12-02;C-1;TN-1;\"Toner; nero\";1;-35.50;-35.50",
                        "DN-8;BOLLA;501.00003;2026-12-03;C-2;;Intervento extra;1;120.00;120.00"),
                Files.readAllLines(file));
        for (OutboundMessage message : due) {
            Entry entry = outbox.entry(message.id());
            assertEquals(State.SENT, entry.state, message.reference());
            assertEquals(name, entry.erpDocument, message.reference());
        }
        Run run = journal.onlyRun();
        assertEquals(ErpFlow.DELIVERY_NOTES, run.flow);
        assertEquals(Transport.FILE, run.transport);
        assertEquals(Outcome.FINISHED, run.outcome);
        assertEquals(ExchangeCounts.applied(2), run.counts);
        assertEquals(0, erp.postsReceived(), "a FILE flow does not call the WebAPI");
    }

    @Test
    void aCallWhoseAnswerWasLostIsResentAsItWasAndTheErpsAlreadyBookedAcknowledgesIt() throws Exception {
        // the ERP booked the first call but its answer never arrived; the simulator cannot lose
        // an answer, so the ERP is replaced by a mock that does
        AdviceWith.adviceWith(
                context,
                WEBAPI_ROUTE,
                route -> route.weaveByType(ToDynamicDefinition.class).replace().to("mock:erp"));
        MockEndpoint mexal = getMockEndpoint("mock:erp");
        mexal.expectedMessageCount(2);
        mexal.whenExchangeReceived(1, exchange -> {
            throw new SocketTimeoutException("Read timed out");
        });
        mexal.whenExchangeReceived(2, exchange -> {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
            exchange.getMessage().setBody("{\"id_documento\":\"DOC-000042\",\"riferimento\":\"C-2026-0001#1\"}");
        });
        OutboundMessage message = instalment("C-2026-0001", 1, "501.00001", LocalDate.of(2026, 12, 1));

        deliver(ErpFlow.INSTALMENTS);

        mexal.assertIsSatisfied();
        Exchange lost = mexal.getReceivedExchanges().get(0);
        Exchange resent = mexal.getReceivedExchanges().get(1);
        assertEquals("C-2026-0001#1", resent.getIn().getHeader("Idempotency-Key"));
        assertEquals(
                lost.getIn().getBody(String.class),
                resent.getIn().getBody(String.class),
                "the resend carries the document, so the ERP can recognise it");
        Entry entry = outbox.entry(message.id());
        assertEquals(State.SENT, entry.state);
        assertEquals("DOC-000042", entry.erpDocument);
        assertEquals(ExchangeCounts.duplicate(1), journal.onlyRun().counts, "booked before, not again");
    }

    /** Counts what only Camel's events show: redeliveries inside an exchange, and calls in flight. */
    private static final class CallWatch extends EventNotifierSupport {

        final AtomicInteger redeliveries = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();
        private final AtomicInteger inFlight = new AtomicInteger();

        @Override
        public void notify(CamelEvent event) {
            if (event instanceof CamelEvent.ExchangeRedeliveryEvent) {
                redeliveries.incrementAndGet();
            } else if (event instanceof CamelEvent.ExchangeSendingEvent sending && toWebApi(sending.getEndpoint())) {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            } else if (event instanceof CamelEvent.ExchangeSentEvent sent && toWebApi(sent.getEndpoint())) {
                inFlight.decrementAndGet();
            }
        }

        private static boolean toWebApi(Endpoint endpoint) {
            return endpoint.getEndpointUri().startsWith("http");
        }
    }

    @Test
    void overSoapDocumentsAreRegisteredOnceAServerFaultIsRetriedAndAClientFaultRefused() {
        installConfig("SOAP");
        try {
            erp.failNext(1, 503);
            List<OutboundMessage> due = List.of(
                    instalment("C-2026-0009", 1, "501.00001", LocalDate.of(2026, 12, 1)),
                    instalment("C-2026-0009", 2, "501.00001", LocalDate.of(2027, 3, 1)));
            OutboundMessage refused = instalment("C-2026-0010", 1, "", LocalDate.of(2026, 12, 1));

            deliver(ErpFlow.INSTALMENTS);

            Map<String, ReceivedDocument> booked = bookedByKey();
            assertEquals(2, booked.size(), "each booked once over SOAP: " + booked.keySet());
            for (OutboundMessage message : due) {
                Entry entry = outbox.entry(message.id());
                assertEquals(State.SENT, entry.state, message.reference());
                assertEquals(booked.get(message.reference()).erpId(), entry.erpDocument);
                assertEquals("RATA", booked.get(message.reference()).type());
            }
            Entry refusal = outbox.entry(refused.id());
            assertEquals(State.REFUSED, refusal.state);
            assertTrue(
                    refusal.refusal.text(java.util.Locale.ENGLISH).contains("codCliente"), refusal.refusal.toString());
            assertEquals(1, calls.redeliveries.get(), "the 503 was redelivered, the refusal was not");
        } finally {
            installConfig("REST");
        }
    }

    private void deliver(ErpFlow flow) {
        template.sendBody(OutboundRoutes.deliverUri(flow), null);
    }

    private OutboundMessage instalment(String contract, int sequence, String customer, LocalDate due) {
        String payload = Json.createObjectBuilder()
                .add("contract", contract)
                .add("customer", customer)
                .add("sequence", sequence)
                .add("dueDate", due.toString())
                .add("periodFrom", due.toString())
                .add("periodTo", due.plusMonths(3).minusDays(1).toString())
                .add("amount", 261)
                .add("paymentTerms", "RB30")
                .build()
                .toString();
        return outbox.add("INSTALMENT", contract + "#" + sequence, payload);
    }

    /** A contract's first instalments, one a quarter. */
    private List<OutboundMessage> instalments(String contract, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(sequence -> instalment(
                        contract,
                        sequence,
                        "501.00003",
                        LocalDate.of(2026, 12, 1).plusMonths(3L * (sequence - 1))))
                .toList();
    }

    private OutboundMessage deliveryNote(String number, String payload) {
        return outbox.add("DELIVERY_NOTE", number, payload);
    }

    private void assertAllPending(List<OutboundMessage> messages) {
        for (OutboundMessage message : messages) {
            Entry entry = outbox.entry(message.id());
            assertEquals(State.PENDING, entry.state, message.reference());
            assertEquals(0, entry.reports, message.reference());
        }
        assertEquals(messages, outbox.due(ErpFlow.INSTALMENTS, 500), "all still due");
    }

    private static Map<String, ReceivedDocument> bookedByKey() {
        return erp.received().stream().collect(Collectors.toMap(ReceivedDocument::key, Function.identity()));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
