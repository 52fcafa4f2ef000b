package com.assisto.integration.erp.mexal;

import com.assisto.application.exchange.OutboundMessage;
import com.assisto.integration.erp.soap.generated.RegistraDocumento;
import com.assisto.integration.erp.soap.generated.Riga;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;

/**
 * Documents Assisto asks Mexal to invoice, from the outbox's neutral JSON: the WebAPI's JSON for
 * {@code documenti/da-fatturare} (dates AAAAMMGG, the reference as {@code riferimento}, which is
 * also the idempotency key), or a line of the file-transfer layout {@link #CSV_HEADER}. A new kind
 * of document (a validated intervention, a stock unload) is a new case here.
 */
public final class MexalDocuments {

    /** One provider for every call: {@code Json.create…} looks the provider up anew each time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String CSV_HEADER =
            "riferimento;tipo;cod_cliente;data_documento;rif_contratto;cod_articolo;descrizione;quantita;prezzo;totale";

    private MexalDocuments() {}

    /** The document in Mexal's words, whatever its type. */
    record Document(
            String reference,
            String kind,
            String customer,
            LocalDate date,
            String contract,
            String item,
            String description,
            BigDecimal amount,
            String paymentTerms) {}

    static Document document(OutboundMessage message) {
        JsonObject neutral =
                JSON.createReader(new StringReader(message.payload())).readObject();
        BigDecimal amount = neutral.getJsonNumber("amount").bigDecimalValue().setScale(2, RoundingMode.HALF_UP);
        return switch (message.type()) {
            case "INSTALMENT" ->
                new Document(
                        message.reference(),
                        "RATA",
                        neutral.getString("customer"),
                        LocalDate.parse(neutral.getString("dueDate")),
                        neutral.getString("contract"),
                        "",
                        "Contratto " + neutral.getString("contract") + " rata " + neutral.getInt("sequence") + " dal "
                                + neutral.getString("periodFrom") + " al " + neutral.getString("periodTo"),
                        amount,
                        neutral.getString("paymentTerms", ""));
            case "DELIVERY_NOTE" ->
                new Document(
                        message.reference(),
                        "BOLLA",
                        neutral.getString("customer"),
                        LocalDate.parse(neutral.getString("date")),
                        neutral.getString("contract"),
                        neutral.getString("item", ""),
                        neutral.getString("description"),
                        amount,
                        "");
            default ->
                throw new IllegalArgumentException(
                        "Mexal has no document for outbox messages of type " + message.type());
        };
    }

    /** The WebAPI body. */
    public static String json(OutboundMessage message) {
        Document document = document(message);
        JsonObjectBuilder line = JSON.createObjectBuilder()
                .add("descrizione", document.description())
                .add("quantita", BigDecimal.ONE)
                .add("prezzo", document.amount());
        if (!document.item().isBlank()) {
            line.add("cod_articolo", document.item());
        }
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("riferimento", document.reference())
                .add("tipo", document.kind())
                .add("cod_cliente", document.customer())
                .add("data_documento", MexalValues.aaaammgg(document.date()))
                .add("rif_contratto", document.contract())
                .add("righe", JSON.createArrayBuilder().add(line))
                .add("totale", document.amount());
        if (!document.paymentTerms().isBlank()) {
            body.add("cod_pagamento", document.paymentTerms());
        }
        return body.build().toString();
    }

    /** The SOAP service's request, {@code registraDocumento}. */
    public static RegistraDocumento soap(OutboundMessage message) {
        Document document = document(message);
        RegistraDocumento request = new RegistraDocumento();
        request.setRiferimento(document.reference());
        request.setTipo(document.kind());
        request.setCodCliente(document.customer());
        request.setDataDocumento(DatatypeFactory.newDefaultInstance()
                .newXMLGregorianCalendarDate(
                        document.date().getYear(),
                        document.date().getMonthValue(),
                        document.date().getDayOfMonth(),
                        DatatypeConstants.FIELD_UNDEFINED));
        request.setImporto(document.amount());
        Riga line = new Riga();
        line.setCodArticolo(document.item());
        line.setDescrizione(document.description());
        line.setQuantita(BigDecimal.ONE);
        line.setPrezzo(document.amount());
        request.getRighe().add(line);
        return request;
    }

    /** The file-transfer line, ISO dates, decimal point. */
    public static String csvLine(OutboundMessage message) {
        Document document = document(message);
        return String.join(
                ";",
                List.of(
                        document.reference(),
                        document.kind(),
                        document.customer(),
                        document.date().toString(),
                        document.contract(),
                        document.item(),
                        quoted(document.description()),
                        "1",
                        document.amount().toPlainString(),
                        document.amount().toPlainString()));
    }

    private static String quoted(String text) {
        return text.contains(";") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** The ERP's id of the document it booked, from the WebAPI's answer. */
    public static String bookedId(String answer) {
        JsonObject body = JSON.createReader(new StringReader(answer)).readObject();
        return body.containsKey("id_documento")
                ? body.get("id_documento").toString().replace("\"", "")
                : "";
    }
}
