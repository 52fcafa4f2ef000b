package com.assisto.erpsimulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST WebAPI under {@code /webapi/}, shaped like Passepartout Mexal's. */
final class WebApiHandler implements HttpHandler {

    private static final String RESOURCES = "/webapi/risorse/";
    private static final String TO_INVOICE = RESOURCES + "documenti/da-fatturare";
    private static final String INVOICED = RESOURCES + "documenti/esiti-fatturazione";

    private static final Pattern COORDINATES =
            Pattern.compile("\\s*Azienda=(\\S*)\\s+Anno=(\\S*)\\s+Magazzino=(\\S*)\\s*");

    private final Gate gate;
    private final Ledger ledger;
    private final String company;

    WebApiHandler(Gate gate, Ledger ledger, String company) {
        this.gate = gate;
        this.ledger = ledger;
        this.company = company;
    }

    /** An answer made while the call holds its place at the gate, and sent once it has left it. */
    private record Reply(int status, Object body) {}

    /**
     * The call leaves the gate before its answer goes out: a client that sends its next call as soon
     * as it reads the answer must not find the previous one still counted as in flight.
     */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try {
            gate.enter(exchange.getRequestHeaders().getFirst("Authorization"));
            try {
                checkCoordinates(exchange.getRequestHeaders().getFirst("Coordinate-Gestionale"));
                reply = route(exchange);
            } finally {
                gate.leave();
            }
        } catch (ErpException e) {
            reply = new Reply(e.status(), Map.of("errore", e.getMessage()));
        }
        Json.send(exchange, reply.status(), reply.body());
    }

    private Reply route(HttpExchange exchange) throws IOException, ErpException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(TO_INVOICE)) {
            requireMethod(method, "POST");
            return postDocument(exchange);
        } else if (path.equals(INVOICED)) {
            requireMethod(method, "GET");
            LocalDate since = since(exchange);
            List<Map<String, Object>> invoiced = ledger.invoicedSince(since).stream()
                    .map(WebApiHandler::outcome)
                    .toList();
            return new Reply(200, page(invoiced));
        } else if (path.startsWith(RESOURCES) && Ledger.RESOURCES.contains(path.substring(RESOURCES.length()))) {
            requireMethod(method, "GET");
            LocalDate since = since(exchange);
            List<Map<String, Object>> records = ledger.records(path.substring(RESOURCES.length()), since);
            return new Reply(200, page(records));
        }
        throw new ErpException(404, "risorsa sconosciuta: " + path);
    }

    private Reply postDocument(HttpExchange exchange) throws IOException, ErpException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || key.isBlank()) {
            throw new ErpException(400, "intestazione Idempotency-Key mancante o vuota");
        }
        String body = Json.bodyText(exchange);
        JsonNode document;
        try {
            document = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new ErpException(400, "il corpo non è JSON valido");
        }
        if (document == null || !document.isObject()) {
            throw new ErpException(400, "il corpo deve essere un oggetto JSON");
        }
        String reference = requiredText(document, "riferimento");
        if (!reference.equals(key)) {
            throw new ErpException(400, "campo riferimento: deve essere uguale all'intestazione Idempotency-Key");
        }
        String type = requiredText(document, "tipo");
        String customer = requiredText(document, "cod_cliente");
        LocalDate date = Json.erpDate(requiredText(document, "data_documento"))
                .orElseThrow(() -> new ErpException(400, "campo data_documento: deve essere una data valida AAAAMMGG"));
        checkAmount(document.get("importo"));
        Ledger.Booking booking = ledger.book(key, type, customer, date, body);
        return new Reply(booking.duplicate() ? 200 : 201, outcome(booking.document()));
    }

    private static Map<String, Object> page(List<Map<String, Object>> records) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("dati", records);
        page.put("totale", records.size());
        return page;
    }

    /** What the ERP answers about an invoiced document: the same for a booking and in the invoicing results. */
    private static Map<String, Object> outcome(ReceivedDocument document) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("riferimento", document.key());
        outcome.put("id_documento", document.erpId());
        outcome.put("numero_fattura", document.invoiceNumber());
        outcome.put("data_fattura", Json.erpDate(document.invoiceDate()));
        return outcome;
    }

    private void checkCoordinates(String header) throws ErpException {
        if (header == null) {
            throw new ErpException(400, "intestazione Coordinate-Gestionale mancante");
        }
        Matcher matcher = COORDINATES.matcher(header);
        if (!matcher.matches()) {
            throw new ErpException(
                    400,
                    "intestazione Coordinate-Gestionale non valida: atteso \"Azienda=<sigla> Anno=<aaaa> Magazzino=<n>\"");
        }
        if (!matcher.group(1).equals(company)) {
            throw new ErpException(400, "Coordinate-Gestionale: azienda " + matcher.group(1) + " sconosciuta");
        }
        if (!matcher.group(2).matches("\\d{4}")) {
            throw new ErpException(400, "Coordinate-Gestionale: Anno deve essere un anno di 4 cifre");
        }
        if (!matcher.group(3).matches("\\d+")) {
            throw new ErpException(400, "Coordinate-Gestionale: Magazzino deve essere un numero");
        }
    }

    private static void requireMethod(String method, String expected) throws ErpException {
        if (!method.equals(expected)) {
            throw new ErpException(405, "metodo " + method + " non ammesso, usare " + expected);
        }
    }

    private static LocalDate since(HttpExchange exchange) throws ErpException {
        String since = Json.query(exchange).get("dal");
        if (since == null) {
            return null;
        }
        return Json.erpDate(since)
                .orElseThrow(() -> new ErpException(400, "parametro dal: deve essere una data valida AAAAMMGG"));
    }

    private static String requiredText(JsonNode document, String field) throws ErpException {
        JsonNode value = document.get(field);
        if (value == null || value.isNull()) {
            throw new ErpException(400, "campo " + field + " mancante");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ErpException(400, "campo " + field + ": deve essere un testo non vuoto");
        }
        return value.asText();
    }

    /** Amounts are JSON numbers in euros with at most 2 decimals; an absent amount is the ERP's business. */
    private static void checkAmount(JsonNode amount) throws ErpException {
        if (amount == null) {
            return;
        }
        if (!amount.isNumber()) {
            throw new ErpException(400, "campo importo: deve essere un numero");
        }
        BigDecimal value = amount.decimalValue();
        if (value.stripTrailingZeros().scale() > 2) {
            throw new ErpException(400, "campo importo: al massimo 2 decimali");
        }
    }
}
